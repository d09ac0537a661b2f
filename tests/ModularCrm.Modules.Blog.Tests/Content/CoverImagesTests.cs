using ModularCrm.Modules.Blog.Content;

namespace ModularCrm.Modules.Blog.Tests.Content;

public sealed class CoverImagesTests
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1];
    public static readonly byte[] WebP = [.. "RIFF"u8, 36, 0, 0, 0, .. "WEBPVP8 "u8];

    [Fact]
    public void Detect_RealSignatures_GiveExtensionAndContentType()
    {
        Assert.Equal(("png", "image/png"), CoverImages.Detect(Png));
        Assert.Equal(("jpg", "image/jpeg"), CoverImages.Detect(Jpeg));
        Assert.Equal(("webp", "image/webp"), CoverImages.Detect(WebP));
    }

    [Fact]
    public void Detect_SvgGifOrTextNamedLikeAnImage_IsRefused()
    {
        Assert.Null(CoverImages.Detect("<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>"u8));
        Assert.Null(CoverImages.Detect("GIF89a\u0001\u0000"u8));
        Assert.Null(CoverImages.Detect("RIFF\u0024\u0000\u0000\u0000WAVEfmt "u8));
        Assert.Null(CoverImages.Detect([0xFF, 0xD8]));
    }
}
