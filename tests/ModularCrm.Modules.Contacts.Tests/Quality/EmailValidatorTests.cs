using ModularCrm.Modules.Contacts.Quality;

namespace ModularCrm.Modules.Contacts.Tests.Quality;

public sealed class EmailValidatorTests
{
    private static EmailCheck Check(string input) => EmailValidator.Default.Check(input);

    [Theory]
    [InlineData("marie@gmail.com")]
    [InlineData("marie.dupont+boutique@orange.fr")]
    [InlineData("contact@ma-boutique.com")]
    [InlineData("o'neil@laposte.net")]
    [InlineData("x@sub.domaine.paris")]
    public void Check_WellFormedAddress_IsValidWithoutMessage(string input)
    {
        var check = Check(input);

        Assert.True(check.IsValid);
        Assert.Equal(input, check.Normalized);
        Assert.Null(check.Suggestion);
        Assert.Null(check.Message);
        Assert.Null(check.Code);
    }

    [Fact]
    public void Check_SpacesAndUpperCaseDomain_TrimsAndLowersDomainOnly()
    {
        var check = Check("  Marie.Dupont@GMAIL.COM ");

        Assert.True(check.IsValid);
        Assert.Equal("Marie.Dupont@gmail.com", check.Normalized);
    }

    [Theory]
    [InlineData("", EmailProblem.Empty, "email.empty", "adresse e-mail vide")]
    [InlineData("marie.gmail.com", EmailProblem.MissingAt, "email.missing_at", "adresse e-mail : il manque le « @ »")]
    [InlineData("marie@@gmail.com", EmailProblem.MultipleAt, "email.multiple_at", "adresse e-mail : il y a plusieurs « @ »")]
    [InlineData("@gmail.com", EmailProblem.EmptyLocalPart, "email.empty_local_part", "adresse e-mail : rien avant le « @ »")]
    [InlineData("marie@", EmailProblem.EmptyDomain, "email.empty_domain", "adresse e-mail : rien après le « @ »")]
    [InlineData("marie dupont@gmail.com", EmailProblem.InvalidLocalPart, "email.invalid_local_part", "adresse e-mail : caractère espace interdit avant le « @ »")]
    [InlineData("hélène@gmail.com", EmailProblem.InvalidLocalPart, "email.invalid_local_part", "adresse e-mail : caractère « é » interdit avant le « @ »")]
    [InlineData("marie.@gmail.com", EmailProblem.InvalidLocalPart, "email.invalid_local_part", "adresse e-mail : point mal placé avant le « @ »")]
    [InlineData("marie@gmail..com", EmailProblem.InvalidDomain, "email.invalid_domain", "adresse e-mail : nom de domaine « gmail..com » mal formé, vouliez-vous dire « marie@gmail.com » ?")]
    [InlineData("marie@-boutique.fr", EmailProblem.InvalidDomain, "email.invalid_domain", "adresse e-mail : nom de domaine « -boutique.fr » mal formé")]
    [InlineData("marie@boutique_lyon.fr", EmailProblem.InvalidDomain, "email.invalid_domain", "adresse e-mail : caractère « _ » interdit après le « @ »")]
    [InlineData("marie@boutique.f", EmailProblem.InvalidTld, "email.invalid_tld", "adresse e-mail : extension « .f » invalide")]
    [InlineData("marie@boutique.123", EmailProblem.InvalidTld, "email.invalid_tld", "adresse e-mail : extension « .123 » invalide")]
    [InlineData("marie@boutique", EmailProblem.MissingTld, "email.missing_tld", "adresse e-mail : il manque l'extension (.fr, .com…)")]
    public void Check_MalformedAddress_GivesProblemCodeAndFrenchReason(string input, EmailProblem problem, string code, string message)
    {
        var check = Check(input);

        Assert.False(check.IsValid);
        Assert.Null(check.Normalized);
        Assert.Equal((problem, code, message), (check.Problem, check.Code, check.Message));
    }

    [Fact]
    public void Check_TooLongLocalPart_IsRefused() =>
        Assert.Equal(EmailProblem.TooLong, Check(new string('a', 65) + "@gmail.com").Problem);

    [Theory]
    [InlineData("agence.immo69@orange.frr", "agence.immo69@orange.fr")]
    [InlineData("marie@boutique.frr", "marie@boutique.fr")]
    [InlineData("marie@gmail.cmo", "marie@gmail.com")]
    [InlineData("marie@laposte.nett", "marie@laposte.net")]
    public void Check_TldOneKeystrokeFromCommon_IsRefusedWithSuggestion(string input, string suggestion)
    {
        var check = Check(input);

        Assert.Equal(EmailProblem.TldTypo, check.Problem);
        Assert.Equal("email.tld_typo", check.Code);
        Assert.Equal(suggestion, check.Suggestion);
        Assert.Contains($"vouliez-vous dire « {suggestion} »", check.Message);
    }

    [Theory]
    [InlineData("marie@gmial.com", "marie@gmail.com")]
    [InlineData("marie@yahho.fr", "marie@yahoo.fr")]
    [InlineData("marie@hotmial.com", "marie@hotmail.com")]
    [InlineData("marie@hotmial.fr", "marie@hotmail.fr")]
    [InlineData("marie@outlok.fr", "marie@outlook.fr")]
    [InlineData("marie@wanadou.fr", "marie@wanadoo.fr")]
    [InlineData("marie@lapost.net", "marie@laposte.net")]
    [InlineData("marie@iclould.com", "marie@icloud.com")]
    [InlineData("marie@gmail.fr", "marie@gmail.com")]
    public void Check_TypoOfKnownProvider_StaysValidAndKeptAsTypedWithAdvice(string input, string suggestion)
    {
        var check = Check(input);

        Assert.True(check.IsValid);
        Assert.Equal(input, check.Normalized);
        Assert.Equal(suggestion, check.Suggestion);
        Assert.Equal("email.suggestion", check.Code);
        Assert.Contains("inhabituel, vouliez-vous dire", check.Message);
    }

    [Theory]
    [InlineData("marie@life.fr")]
    [InlineData("marie@fre.fr")]
    [InlineData("marie@yahoo.de")]
    [InlineData("marie@ma-boutique.com")]
    [InlineData("marie@gmail.boutique")]
    public void Check_ValidUnknownDomain_GetsNoSuggestion(string input)
    {
        var check = Check(input);

        Assert.True(check.IsValid);
        Assert.Null(check.Suggestion);
    }

    [Fact]
    public void Check_MissingTldOnKnownProvider_SuggestsTheProvider()
    {
        var check = Check("marie@gmail");

        Assert.Equal(EmailProblem.MissingTld, check.Problem);
        Assert.Equal("marie@gmail.com", check.Suggestion);
    }

    [Fact]
    public void Check_ShopSpecificDomainList_SuggestsAmongIt()
    {
        var validator = new EmailValidator([.. KnownEmailDomains.French, "bol-d-air.fr"]);

        Assert.Equal("x@bol-d-air.fr", validator.Check("x@bol-d-ari.fr").Suggestion);
    }
}
