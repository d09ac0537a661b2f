using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Contacts.Pages.Import;
using ModularCrm.Modules.Contacts.Pages.Register;
using ModularCrm.Modules.Contacts.Pages.Segments;

namespace ModularCrm.Modules.Contacts.Pages;

/// <summary>The module's pages under <c>/shops/{shop}/contacts</c>, rendered in the host layout through <c>IShopPages</c>.</summary>
internal static class ContactPages
{
    public static void Map(IEndpointRouteBuilder pages)
    {
        ContactListPage.Map(pages);
        ContactCreatePage.Map(pages);
        ContactDetailPage.Map(pages);
        ContactEditPage.Map(pages);
        ContactDetailForms.Map(pages);
        ContactPrivacyPages.Map(pages);
        ImportPages.Map(pages);
        CustomFieldPages.Map(pages);
        SegmentPages.Map(pages);
        DuplicatePages.Map(pages);
        RetentionPages.Map(pages);
        RegisterPage.Map(pages);
    }
}
