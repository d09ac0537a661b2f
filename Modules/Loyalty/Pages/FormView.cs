using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Loyalty.Pages;

/// <summary>
/// What a page built around one form gives its template as <c>form</c>: language, sub-menu, where the form posts, its
/// antiforgery field, whether it came back with errors, and its fields already drawn by <see cref="FormHtml"/>.
/// </summary>
internal sealed record FormView(bool English, IReadOnlyList<MenuLink> Menu, string Action, AntiforgeryField Antiforgery, bool HasErrors, string FieldsHtml);
