using ModularCrm.Modules.Emailing.Campaigns;

namespace ModularCrm.Modules.Emailing.Tests.Campaigns;

public sealed class SubjectCheckerTests
{
    [Fact]
    public void Check_PersonalisedSubjectOfFortyCharacters_HasNoWarning()
    {
        Assert.Empty(SubjectChecker.Check("{{ contact.first_name }}, la collection d'automne arrive"));
    }

    [Theory]
    [InlineData("Offre de crédit pour {{ contact.first_name }} cette semaine", "spam_words")]
    [InlineData("Un CADEAU pour vous {{ contact.first_name }} et vos amis", "spam_words")]
    [InlineData("Vite {{ contact.first_name }} !! la collection automne", "exclamations")]
    [InlineData("{{ contact.first_name }}, nouveautés", "length")]
    [InlineData("La collection d'automne arrive en boutique", "no_personalisation")]
    [InlineData("LA COLLECTION D'AUTOMNE EST LÀ {{ contact.first_name }}", "all_caps")]
    public void Check_SubjectWithOneProblem_WarnsWithItsCode(string subject, string code)
    {
        Assert.Equal(code, Assert.Single(SubjectChecker.Check(subject)).Code);
    }
}
