using ModularCrm.Modules.Contacts.Quality;

namespace ModularCrm.Modules.Contacts.Tests.Quality;

public sealed class PostalCodesTests
{
    [Theory]
    [InlineData("69000", "69000", null)]
    [InlineData(" 69 000 ", "69000", null)]
    [InlineData("1000", "01000", "code postal « 1000 » complété en « 01000 »")]
    [InlineData("690", null, "code postal « 690 » invalide (3 chiffres au lieu de 5)")]
    [InlineData("sw1a 1aa", "SW1A 1AA", null)]
    [InlineData("69#00", null, "code postal « 69#00 » illisible")]
    [InlineData("", null, null)]
    public void Normalize_Postcode_GivesValueAndNote(string input, string? value, string? message)
    {
        var result = PostalCodes.Normalize(input);

        Assert.Equal((value, message), (result.Value, result.Message));
    }
}
