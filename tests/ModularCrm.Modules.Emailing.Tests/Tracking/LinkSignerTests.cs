using System.Text;
using ModularCrm.Modules.Emailing.Tracking;

namespace ModularCrm.Modules.Emailing.Tests.Tracking;

public sealed class LinkSignerTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("a key of at least thirty-two characters");

    [Fact]
    public void Verify_TokenSignedForSamePurposeAndShop_ReturnsPayload()
    {
        var signer = new LinkSigner(Key, 7);

        Assert.Equal("ref\nhttps://boutique.fr/é", signer.Verify(LinkSigner.Click, signer.Sign(LinkSigner.Click, "ref\nhttps://boutique.fr/é")));
    }

    [Fact]
    public void Verify_TokenOfOtherPurposeOrShopOrTampered_IsRefused()
    {
        var token = new LinkSigner(Key, 7).Sign(LinkSigner.Open, "abc");

        Assert.Null(new LinkSigner(Key, 7).Verify(LinkSigner.Unsubscribe, token));
        Assert.Null(new LinkSigner(Key, 8).Verify(LinkSigner.Open, token));
        Assert.Null(new LinkSigner(Key, 7).Verify(LinkSigner.Open, "YWJk" + token[3..]));
        Assert.Null(new LinkSigner(Key, 7).Verify(LinkSigner.Open, "not a token"));
    }
}
