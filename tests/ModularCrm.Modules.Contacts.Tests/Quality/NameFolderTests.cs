using ModularCrm.Modules.Contacts.Quality;

namespace ModularCrm.Modules.Contacts.Tests.Quality;

public sealed class NameFolderTests
{
    [Theory]
    [InlineData("Amélie", "amelie")]
    [InlineData("AMELIE", "amelie")]
    [InlineData("Marie-Paule", "marie paule")]
    [InlineData("  MARIE   PAULE ", "marie paule")]
    [InlineData("D'Artagnan", "d artagnan")]
    [InlineData("D’Artagnan", "d artagnan")]
    [InlineData("Œuvre Cœur", "oeuvre coeur")]
    [InlineData("Jérôme", "jerome")]
    [InlineData("N° client", "n client")]
    [InlineData("Commentaires et intérêts", "commentaires et interets")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Fold_Name_RemovesCaseAccentsAndSeparators(string? input, string expected) =>
        Assert.Equal(expected, NameFolder.Fold(input));

    [Fact]
    public void Compact_HyphenatedAndJoinedSpellings_Meet() =>
        Assert.Equal(NameFolder.Compact("Marie-Paule"), NameFolder.Compact("MARIEPAULE"));
}
