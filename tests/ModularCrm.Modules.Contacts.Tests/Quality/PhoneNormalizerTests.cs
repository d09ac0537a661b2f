using ModularCrm.Modules.Contacts.Quality;

namespace ModularCrm.Modules.Contacts.Tests.Quality;

public sealed class PhoneNormalizerTests
{
    [Theory]
    [InlineData("06 12 34 56 78")]
    [InlineData("06.12.34.56.78")]
    [InlineData("06-12-34-56-78")]
    [InlineData("0612345678")]
    [InlineData("+33 6 12 34 56 78")]
    [InlineData("+33612345678")]
    [InlineData("0033 6 12 34 56 78")]
    [InlineData("+33 (0)6 12 34 56 78")]
    [InlineData("+33 06 12 34 56 78")]
    [InlineData("(+33) 6 12 34 56 78")]
    [InlineData("06\u00A012\u00A034\u00A056\u00A078")]
    [InlineData("612345678")]
    public void Normalize_FrenchMobileSpellings_AllGiveTheSameE164(string input)
    {
        var result = PhoneNormalizer.Normalize(input);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal("+33612345678", result.E164);
        Assert.Equal(PhoneKind.Mobile, result.Kind);
    }

    [Theory]
    [InlineData("07.08.98.78.85", "+33708987885", PhoneKind.Mobile)]
    [InlineData("01 42 68 53 00", "+33142685300", PhoneKind.Landline)]
    [InlineData("04.37.78.45.87", "+33437784587", PhoneKind.Landline)]
    [InlineData("05 56 00 00 00", "+33556000000", PhoneKind.Landline)]
    [InlineData("09.56.35.56.00", "+33956355600", PhoneKind.Landline)]
    [InlineData("08 00 12 34 56", "+33800123456", PhoneKind.Special)]
    [InlineData("0692 12 34 56", "+262692123456", PhoneKind.Mobile)]
    [InlineData("0262 12 34 56", "+262262123456", PhoneKind.Landline)]
    [InlineData("0596 12 34 56", "+596596123456", PhoneKind.Landline)]
    [InlineData("+262 692 12 34 56", "+262692123456", PhoneKind.Mobile)]
    [InlineData("+44 20 7946 0958", "+442079460958", PhoneKind.Foreign)]
    [InlineData("0041 22 123 45 67", "+41221234567", PhoneKind.Foreign)]
    [InlineData("+1 (212) 555-0100", "+12125550100", PhoneKind.Foreign)]
    public void Normalize_ValidNumber_GivesE164AndKind(string input, string e164, PhoneKind kind)
    {
        var result = PhoneNormalizer.Normalize(input);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal((e164, kind), (result.E164, result.Kind));
        Assert.False(result.IsPremiumRate);
    }

    [Theory]
    [InlineData("08 99 12 34 56")]
    [InlineData("0897123456")]
    public void Normalize_PremiumRate_IsValidButFlagged(string input)
    {
        var result = PhoneNormalizer.Normalize(input);

        Assert.True(result.IsValid);
        Assert.Equal(PhoneKind.Special, result.Kind);
        Assert.True(result.IsPremiumRate);
        Assert.Equal("phone.premium_rate", result.Code);
        Assert.Equal("numéro surtaxé (08 9x) : à vérifier", result.Message);
    }

    [Theory]
    [InlineData("04.37.23.69.6", PhoneProblem.TooShort, "phone.too_short", "numéro trop court (9 chiffres au lieu de 10)")]
    [InlineData("06 12 34 56 78 9", PhoneProblem.TooLong, "phone.too_long", "numéro trop long (11 chiffres au lieu de 10)")]
    [InlineData("+33 6 12 34 56 7", PhoneProblem.TooShort, "phone.too_short", "numéro trop court (8 chiffres après +33 au lieu de 9)")]
    [InlineData("+33 6 12 34 56 78 9", PhoneProblem.TooLong, "phone.too_long", "numéro trop long (10 chiffres après +33 au lieu de 9)")]
    [InlineData("06 12 AB 56 78", PhoneProblem.InvalidCharacters, "phone.invalid_characters", "caractère « A » interdit dans un numéro de téléphone")]
    [InlineData("tél : 0612345678", PhoneProblem.InvalidCharacters, "phone.invalid_characters", "caractère « t » interdit dans un numéro de téléphone")]
    [InlineData("12345678", PhoneProblem.InvalidPrefix, "phone.invalid_prefix", "un numéro français commence par 0 (ou par + pour l'étranger)")]
    [InlineData("+44 20 79", PhoneProblem.TooShort, "phone.too_short", "numéro étranger trop court (6 chiffres)")]
    [InlineData("+44 1234 5678 9012 34", PhoneProblem.TooLong, "phone.too_long", "numéro trop long (16 chiffres, 15 au maximum en international)")]
    [InlineData("", PhoneProblem.Empty, "phone.empty", "numéro de téléphone vide")]
    public void Normalize_BadNumber_GivesProblemAndFrenchReason(string input, PhoneProblem problem, string code, string message)
    {
        var result = PhoneNormalizer.Normalize(input);

        Assert.False(result.IsValid);
        Assert.Null(result.E164);
        Assert.Equal((problem, code, message), (result.Problem, result.Code, result.Message));
    }

    [Theory]
    [InlineData("+33612345678", "06 12 34 56 78")]
    [InlineData("+262692123456", "06 92 12 34 56")]
    [InlineData("+442079460958", "+442079460958")]
    public void FormatForDisplay_E164_GivesFrenchSpacingForFrenchNumbers(string e164, string expected) =>
        Assert.Equal(expected, PhoneNormalizer.FormatForDisplay(e164));
}
