using ModularCrm.Modules.Sms.Rules;

namespace ModularCrm.Modules.Sms.Tests.Rules;

public sealed class SenderRuleTests
{
    [Theory]
    [InlineData("BOUTIQUE")]
    [InlineData("Alpha 2026")]
    [InlineData("06 12 34 56 78")]
    [InlineData("+33 1 23 45 67 89")]
    [InlineData("0800 123 456")]
    [InlineData("36180")]
    public void Check_NormalSenders_AreAccepted(string sender)
    {
        Assert.Null(SenderRule.Check(sender));
    }

    [Theory]
    [InlineData("0899 12 34 56", "08 9x")]
    [InlineData("+33 8 92 12 34 56", "08 9x")]
    [InlineData("0821 12 34 56", "coût partagé")]
    [InlineData("3617", "3BPQ")]
    [InlineData("3949", "3BPQ")]
    [InlineData("81234", "SMS+")]
    [InlineData("118 218", "118")]
    public void Check_PremiumRateNumbers_AreRefusedNamingTheRange(string sender, string range)
    {
        var error = SenderRule.Check(sender);

        Assert.NotNull(error);
        Assert.Contains("surtaxé", error);
        Assert.Contains(range, error);
    }

    [Theory]
    [InlineData("", "obligatoire")]
    [InlineData("AB", "3 à 11")]
    [InlineData("BoutiqueAlpha", "3 à 11")]
    [InlineData("Café", "3 à 11")]
    [InlineData("12345678901234", "n'est pas un numéro français")]
    public void Check_MalformedSenders_AreRefusedWithTheReason(string sender, string reason)
    {
        Assert.Contains(reason, SenderRule.Check(sender));
    }
}
