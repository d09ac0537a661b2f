using ModularCrm.Modules.Contacts.Import;

namespace ModularCrm.Modules.Contacts.Tests.Import;

public sealed class ContactMatchKeyTests
{
    private static readonly ImportedContact Full = new()
    {
        ExternalId = " 42 ", Email = "Marie@gmail.com", Phone = "+33437236961", Mobile = "+33612345678",
        FirstName = "Amélie", LastName = "MARTELLO", PostalCode = "69000",
    };

    [Fact]
    public void For_ExternalIdPresent_UsesIt() =>
        Assert.Equal("ext:42", ContactMatchKey.For(Full)!.ToString());

    [Fact]
    public void For_NoExternalId_UsesLowerCaseEmail() =>
        Assert.Equal("email:marie@gmail.com", ContactMatchKey.For(Full with { ExternalId = null })!.ToString());

    [Fact]
    public void For_NoEmail_UsesPhoneThenMobile()
    {
        Assert.Equal("phone:+33437236961", ContactMatchKey.For(Full with { ExternalId = null, Email = null })!.ToString());
        Assert.Equal("phone:+33612345678", ContactMatchKey.For(Full with { ExternalId = null, Email = null, Phone = null })!.ToString());
    }

    [Fact]
    public void For_OnlyNamesAndPostcode_UsesFoldedNames()
    {
        var key = ContactMatchKey.For(new ImportedContact { FirstName = "Amélie", LastName = "MARTELLO", PostalCode = "69000" })!;

        Assert.Equal(MatchKeyKind.NameAndPostcode, key.Kind);
        Assert.Equal(key, ContactMatchKey.For(new ImportedContact { FirstName = "AMELIE", LastName = "Martello", PostalCode = "69000" }));
    }

    [Fact]
    public void For_NameWithoutPostcode_HasNoKey() =>
        Assert.Null(ContactMatchKey.For(new ImportedContact { FirstName = "Amélie", LastName = "MARTELLO" }));
}
