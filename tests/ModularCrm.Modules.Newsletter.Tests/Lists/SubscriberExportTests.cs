using System.Text;
using ModularCrm.Modules.Newsletter.Lists;
using ModularCrm.Modules.Newsletter.Subscriptions;

namespace ModularCrm.Modules.Newsletter.Tests.Lists;

public sealed class SubscriberExportTests
{
    [Fact]
    public void Write_FormulaLookingNames_AreEscapedAndTheFileIsFrenchExcelCsv()
    {
        var rows = new[]
        {
            new SubscriptionRow
            {
                Email = "alice@example.fr", FirstName = "=HYPERLINK(\"http://x\")", LastName = "Dupont; fils", Status = SubscriptionRow.Confirmed,
                RequestedAt = new DateTimeOffset(2026, 7, 14, 8, 0, 0, TimeSpan.Zero), ConfirmedAt = new DateTimeOffset(2026, 7, 14, 8, 5, 0, TimeSpan.Zero),
            },
            new SubscriptionRow { Email = "bob@example.fr", FirstName = "+33 6", LastName = "-Martin", Status = SubscriptionRow.Pending, RequestedAt = DateTimeOffset.UnixEpoch },
        };

        var bytes = SubscriberExport.Write(rows);
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("E-mail;Prénom;Nom;État;Demandé le;Confirmé le;Désabonné le;Source", lines[0]);
        Assert.StartsWith("alice@example.fr;\"'=HYPERLINK(\"\"http://x\"\")\";\"Dupont; fils\";confirmed;14/07/2026 10:00;14/07/2026 10:05;;newsletter:double-opt-in", lines[1]);
        Assert.StartsWith("bob@example.fr;\"'+33 6\";\"'-Martin\";pending;", lines[2]);
        Assert.Equal(3, lines.Length);
    }
}
