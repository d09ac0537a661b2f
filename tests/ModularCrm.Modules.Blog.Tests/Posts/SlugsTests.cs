using ModularCrm.Modules.Blog.Posts;

namespace ModularCrm.Modules.Blog.Tests.Posts;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("Été à Noël : nos idées cadeaux !", "ete-a-noel-nos-idees-cadeaux")]
    [InlineData("L'œuvre d'Ævar — ça coûte 12 €", "l-oeuvre-d-aevar-ca-coute-12")]
    [InlineData("  --Déjà   vu--  ", "deja-vu")]
    [InlineData("Crème brûlée façon grand-mère", "creme-brulee-facon-grand-mere")]
    public void From_FrenchTitle_FoldsAccentsAndLigaturesIntoDashedWords(string title, string expected) =>
        Assert.Equal(expected, Slugs.From(title));

    [Fact]
    public void From_TitleLongerThanTheLimit_IsCutAtAWordWithoutTrailingDash()
    {
        var slug = Slugs.From(string.Join(' ', Enumerable.Repeat("gourmandise", 20)));

        Assert.True(slug.Length <= Slugs.MaxLength);
        Assert.False(slug.EndsWith('-'));
        Assert.StartsWith("gourmandise-gourmandise", slug);
    }

    [Fact]
    public void From_OnlySymbols_IsEmpty() => Assert.Equal(string.Empty, Slugs.From("!!! ??? €€€"));

    [Theory]
    [InlineData("mon-article", true)]
    [InlineData("Mon-article", false)]
    [InlineData("mon--article", false)]
    [InlineData("mon-article-", false)]
    [InlineData("éte", false)]
    [InlineData("", false)]
    public void IsCanonical_TellsWhetherASlugIsAlreadyInItsFinalForm(string slug, bool expected) => Assert.Equal(expected, Slugs.IsCanonical(slug));
}
