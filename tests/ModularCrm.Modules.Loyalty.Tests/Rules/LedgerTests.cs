using ModularCrm.Modules.Loyalty.Rules;

namespace ModularCrm.Modules.Loyalty.Tests.Rules;

public sealed class LedgerTests
{
    private static readonly DateOnly Jan = new(2026, 1, 10);

    [Fact]
    public void Balance_UnitsPastTheirExpiry_AreCountedAsExpiredNotAvailable()
    {
        var entries = new[] { new LedgerEntry(Jan, 50, Jan.AddDays(30)), new LedgerEntry(Jan.AddDays(20), 30, Jan.AddDays(50)) };

        var balance = Ledger.Balance(entries, Jan.AddDays(31));

        Assert.Equal(30, balance.Available);
        Assert.Equal(50, balance.Expired);
        Assert.Equal(Jan.AddDays(50), balance.NextExpiry);
    }

    [Fact]
    public void Balance_Conversion_ConsumesTheOldestUnitsFirst()
    {
        var entries = new[]
        {
            new LedgerEntry(Jan, 60, Jan.AddDays(30)),
            new LedgerEntry(Jan.AddDays(10), 60, Jan.AddDays(40)),
            new LedgerEntry(Jan.AddDays(15), -100, null),
        };

        var balance = Ledger.Balance(entries, Jan.AddDays(35));

        Assert.Equal(20, balance.Available);
        Assert.Equal(0, balance.Expired);
    }

    [Fact]
    public void Balance_CreditAfterConversion_LeavesADebtPaidByTheNextPurchase()
    {
        var entries = new[]
        {
            new LedgerEntry(Jan, 100, null),
            new LedgerEntry(Jan, -100, null),
            new LedgerEntry(Jan.AddDays(1), -40, null),
        };

        Assert.Equal(-40, Ledger.Balance(entries, Jan.AddDays(2)).Available);
        Assert.Equal(10, Ledger.Balance([.. entries, new LedgerEntry(Jan.AddDays(3), 50, null)], Jan.AddDays(3)).Available);
    }
}
