namespace ModularCrm.Sdk.Templates;

/// <summary>
/// Renders the calling module's templates for the shop of the current request. Inject it in a module endpoint.
/// </summary>
/// <remarks>
/// <para>
/// A module ships default templates as files under its <c>Templates/</c> folder (embedded by the build). A template's
/// name is its path below that folder without the final <c>.sbn</c>: <c>Templates/emails/welcome.html.sbn</c> is
/// <c>emails/welcome.html</c>. The extension before <c>.sbn</c> chooses the mode: <c>.html</c> renders in HTML mode
/// (every <c>{{ expression }}</c> is HTML-encoded), anything else (<c>.txt</c>, <c>.md</c>, <c>.csv</c>...) in text mode.
/// A file <c>&lt;name&gt;.sample.json</c> beside it (<c>emails/welcome.html.sample.json</c>) is the sample model the
/// shop's template editor previews with and checks an override against before saving it.
/// </para>
/// <para>
/// Names are relative to the calling module: a module can only render its own templates. A shop may override any
/// template (the host refuses an override that does not parse or does not render against the sample); the override
/// is used for that shop only, otherwise the module's default. Numbers, dates and <c>money</c> use the shop's culture.
/// </para>
/// </remarks>
public interface ITemplateRenderer
{
    /// <summary>Renders the template <paramref name="name"/> of the calling module for the current shop.</summary>
    /// <param name="name">The template name relative to the module's <c>Templates/</c> folder, without <c>.sbn</c>.</param>
    /// <param name="model">The model; its public properties are seen under snake_case names (<c>IssuedOn</c> → <c>issued_on</c>).</param>
    /// <param name="cancellationToken">Cancels the override lookup and the render.</param>
    /// <returns>The rendered text.</returns>
    /// <exception cref="TemplateNotFoundException">The module ships no template of that name.</exception>
    Task<string> RenderAsync(string name, object model, CancellationToken cancellationToken = default);
}
