using ModularCrm.Modules.Emailing.Tracking.Dsn;

namespace ModularCrm.Modules.Emailing.Tests.Tracking.Dsn;

public sealed class DeliveryStatusNotificationTests
{
    private const string MessageId = "<0f1e2d3c4b5a69788796a5b4c3d2e1f0@boutique-alpha.fr>";

    [Fact]
    public void Read_PostfixUserUnknown_IsHardBounceWithDiagnosticAndOriginalMessageId()
    {
        var dsn = DeliveryStatusNotification.Read(MimeEntity.Parse(DsnSamples.Read("postfix-hard.eml", MessageId)));

        Assert.Equal(MessageId, dsn.OriginalMessageId);
        var recipient = Assert.Single(dsn.Recipients);
        Assert.Equal(("alice@example.fr", "failed", "5.1.1", "hard"), (recipient.FinalRecipient, recipient.Action, recipient.Status, recipient.BounceKind));
        Assert.Equal("550 5.1.1 <alice@example.fr>: Recipient address rejected: User unknown in virtual mailbox table", recipient.Reason);
    }

    [Fact]
    public void Read_PostfixDelayedMailboxFull_IsSoftBounce()
    {
        var dsn = DeliveryStatusNotification.Read(MimeEntity.Parse(DsnSamples.Read("postfix-delayed.eml", MessageId)));

        var recipient = Assert.Single(dsn.Recipients);
        Assert.Equal(("bruno@example.fr", "delayed", "4.2.2", "soft"), (recipient.FinalRecipient, recipient.Action, recipient.Status, recipient.BounceKind));
        Assert.Equal(MessageId, dsn.OriginalMessageId);
    }

    [Fact]
    public void Read_ExchangeNdrWithNestedAlternativeAndWholeOriginal_IsHardBounceOfTheOriginal()
    {
        var dsn = DeliveryStatusNotification.Read(MimeEntity.Parse(DsnSamples.Read("exchange-hard.eml", MessageId)));

        Assert.Equal(MessageId, dsn.OriginalMessageId);
        var recipient = Assert.Single(dsn.Recipients);
        Assert.Equal(("chloe@contoso.fr", "5.1.10", "hard"), (recipient.FinalRecipient, recipient.Status, recipient.BounceKind));
        Assert.StartsWith("550 5.1.10 RESOLVER.ADR.RecipientNotFound", recipient.Reason);
    }

    [Fact]
    public void Read_RelayedReport_HasNoBounce()
    {
        var dsn = DeliveryStatusNotification.Read(MimeEntity.Parse(DsnSamples.Read("delivered-relayed.eml", MessageId)));

        Assert.Null(Assert.Single(dsn.Recipients).BounceKind);
    }

    [Fact]
    public void Read_ReportBodyWithContentTypeFromHttp_FindsTheSameBounce()
    {
        var raw = DsnSamples.Read("postfix-hard.eml", MessageId);
        var body = raw[(raw.IndexOf("\n\n", StringComparison.Ordinal) + 2)..];

        var dsn = DeliveryStatusNotification.Read(MimeEntity.FromBody(
            "multipart/report; report-type=delivery-status; boundary=\"3F1A2C0123.1795425302/mail.boutique-alpha.fr\"", body));

        Assert.Equal("hard", Assert.Single(dsn.Recipients).BounceKind);
    }

    [Fact]
    public void Read_PlainMessageNotAReport_SaysNoDeliveryStatusPart()
    {
        var ex = Assert.Throws<DsnFormatException>(() => DeliveryStatusNotification.Read(MimeEntity.Parse("From: a@b.fr\nSubject: Bonjour\n\nRien à voir.\n")));

        Assert.Contains("message/delivery-status", ex.Message);
    }

    [Fact]
    public void Read_ReportWithoutOriginalMessage_SaysMessageIdCannotBeFound()
    {
        var raw = DsnSamples.Read("postfix-hard.eml", MessageId);
        var cut = raw[..raw.IndexOf("--3F1A2C0123.1795425302/mail.boutique-alpha.fr\nContent-Description: Undelivered Message Headers", StringComparison.Ordinal)];

        var ex = Assert.Throws<DsnFormatException>(() => DeliveryStatusNotification.Read(MimeEntity.Parse(cut)));

        Assert.Contains("Message-ID", ex.Message);
    }
}
