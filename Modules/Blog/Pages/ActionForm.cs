namespace ModularCrm.Modules.Blog.Pages;

/// <summary>
/// The body of a button-only form (delete, approve...). Binding it with <c>[FromForm]</c> is what makes the host check
/// the antiforgery token, as for any other form.
/// </summary>
internal sealed record ActionForm
{
    public string? ReturnTo { get; init; }
}
