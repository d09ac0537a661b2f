using ModularCrm.Modules.Contacts.Quality;

namespace ModularCrm.Modules.Contacts.Tests.Quality;

public sealed class DuplicateDetectorTests
{
    private static DuplicateCandidate Candidate(string id, string? first, string? last, string? email = null, string? phone = null, string? postcode = null) =>
        new(id, first, last, email is null ? [] : [email], phone is null ? [] : [phone], postcode);

    [Fact]
    public void Find_SameEmailDifferentCase_IsAPair()
    {
        var report = new DuplicateDetector().Find([
            Candidate("1", "Marie", "Revel", email: "marie.revel@gmail.com"),
            Candidate("2", "M.", "Revel", email: "Marie.Revel@GMAIL.com"),
            Candidate("3", "Paul", "Durand", email: "paul@gmail.com"),
        ]);

        var pair = Assert.Single(report.Pairs);
        Assert.Equal(new DuplicatePair("1", "2", DuplicateReasons.SameEmail), pair);
        Assert.Equal("même e-mail", pair.Description);
    }

    [Fact]
    public void Find_SamePhoneInDifferentSpellings_IsAPair()
    {
        var report = new DuplicateDetector().Find([
            Candidate("a", "Léa", "Grollo", phone: "06 12 34 56 78"),
            Candidate("b", "Lea", "Grolo", phone: "+33 (0)6.12.34.56.78"),
            Candidate("c", "Léa", "Grollo", phone: "04.37.23.69.6"),
        ]);

        Assert.Equal([new DuplicatePair("a", "b", DuplicateReasons.SamePhone)], report.Pairs);
    }

    [Fact]
    public void Find_FoldedNamesAndPostcode_MatchAccentsCaseHyphensAndSwappedNames()
    {
        var report = new DuplicateDetector().Find([
            Candidate("1", "Amélie", "Martello", postcode: "69000"),
            Candidate("2", "AMELIE", "MARTELLO", postcode: "69 000"),
            Candidate("3", "Martello", "Amélie", postcode: "69000"),
            Candidate("4", "Amélie", "Martello", postcode: "69100"),
            Candidate("5", "Marie-Paule", "Revel", postcode: "1000"),
            Candidate("6", "MARIE PAULE", "REVEL", postcode: "01000"),
        ]);

        Assert.Equal(
            [
                new DuplicatePair("1", "2", DuplicateReasons.SameNameAndPostcode),
                new DuplicatePair("1", "3", DuplicateReasons.SameNameAndPostcode),
                new DuplicatePair("2", "3", DuplicateReasons.SameNameAndPostcode),
                new DuplicatePair("5", "6", DuplicateReasons.SameNameAndPostcode),
            ],
            report.Pairs);
    }

    [Fact]
    public void Find_SeveralSharedKeys_GivesOnePairWithEveryReason()
    {
        var report = new DuplicateDetector().Find([
            Candidate("1", "Anna", "Verdou", "anna@free.fr", "0612345678", "69000"),
            Candidate("2", "ANNA", "VERDOU", "anna@free.fr", "+33612345678", "69000"),
        ]);

        var pair = Assert.Single(report.Pairs);
        Assert.Equal(DuplicateReasons.SameEmail | DuplicateReasons.SamePhone | DuplicateReasons.SameNameAndPostcode, pair.Reasons);
        Assert.Equal("même e-mail, même téléphone, même nom et même code postal", pair.Description);
    }

    [Fact]
    public void Find_NameWithoutPostcodeOrInvalidValues_GivesNoPair()
    {
        var report = new DuplicateDetector().Find([
            Candidate("1", "Anna", "Verdou", "anna@", "06 12", null),
            Candidate("2", "Anna", "Verdou", "anna@", "06 12", null),
        ]);

        Assert.Empty(report.Pairs);
    }

    [Fact]
    public void Find_KeySharedByMoreThanTheLimit_IsReportedInsteadOfExpanded()
    {
        var shopPhone = Enumerable.Range(1, 5).Select(i => Candidate(i.ToString(), $"P{i}", $"N{i}", phone: "04 78 00 00 00"));
        var report = new DuplicateDetector(maxGroupSize: 4).Find([.. shopPhone, Candidate("6", "A", "B", email: "x@y.fr"), Candidate("7", "C", "D", email: "x@y.fr")]);

        Assert.Equal([new DuplicatePair("6", "7", DuplicateReasons.SameEmail)], report.Pairs);
        Assert.Equal([new OversizedDuplicateKey(DuplicateReasons.SamePhone, "+33478000000", 5)], report.OversizedKeys);
    }

    [Fact]
    public void NameKey_SwappedNames_AreTheSameKey() =>
        Assert.Equal(DuplicateDetector.NameKey("Amélie", "Martello", "69000"), DuplicateDetector.NameKey("MARTELLO", "amelie", "69000"));
}
