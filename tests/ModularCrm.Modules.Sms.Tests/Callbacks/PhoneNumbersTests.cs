using ModularCrm.Modules.Sms.Callbacks;

namespace ModularCrm.Modules.Sms.Tests.Callbacks;

public sealed class PhoneNumbersTests
{
    [Theory]
    [InlineData("+33612345678")]
    [InlineData("0033612345678")]
    [InlineData("33612345678")]
    [InlineData("06 12 34 56 78")]
    public void ToE164_GatewayFormats_AllGiveTheContactsFormat(string raw)
    {
        Assert.Equal("+33612345678", PhoneNumbers.ToE164(raw));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("12")]
    public void ToE164_Unreadable_IsNull(string? raw)
    {
        Assert.Null(PhoneNumbers.ToE164(raw));
    }
}
