using System.Text;
using ModularCrm.Modules.Newsletter.Subscriptions;

namespace ModularCrm.Modules.Newsletter.Tests.Subscriptions;

public sealed class ConfirmationSignerTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("a key of at least thirty-two characters!");

    [Fact]
    public void Verify_TokenItSigned_ReturnsSubscriptionAndNonce()
    {
        var signer = new ConfirmationSigner(Key, 7);

        var link = signer.Verify(signer.Sign(42, "abc123"));

        Assert.Equal((42L, "abc123"), link);
    }

    [Fact]
    public void Verify_TokenWithChangedSubscription_IsRefused()
    {
        var signer = new ConfirmationSigner(Key, 7);
        var token = signer.Sign(42, "abc123");
        var forged = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes("43.abc123")) + token[token.IndexOf('.', StringComparison.Ordinal)..];

        Assert.Null(signer.Verify(forged));
    }

    [Fact]
    public void Verify_TokenOfAnotherShop_IsRefused()
    {
        var token = new ConfirmationSigner(Key, 7).Sign(42, "abc123");

        Assert.Null(new ConfirmationSigner(Key, 8).Verify(token));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no-dot")]
    [InlineData("a.b.c")]
    [InlineData("!!!.???")]
    public void Verify_MalformedToken_IsRefusedWithoutThrowing(string? token)
    {
        Assert.Null(new ConfirmationSigner(Key, 7).Verify(token));
    }
}
