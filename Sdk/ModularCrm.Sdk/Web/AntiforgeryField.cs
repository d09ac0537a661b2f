namespace ModularCrm.Sdk.Web;

/// <summary>
/// The antiforgery hidden field of the current request. In a template:
/// <c>&lt;input type="hidden" name="{{ antiforgery.name }}" value="{{ antiforgery.value }}"&gt;</c>.
/// </summary>
/// <param name="Name">The form field's name.</param>
/// <param name="Value">The request token, to be HTML-encoded like any value (templates in HTML mode do it).</param>
public sealed record AntiforgeryField(string Name, string Value);
