using ModularCrm.Host.Web;
using ModularCrm.Sdk.Templates;

namespace ModularCrm.Host.Templates;

/// <summary>
/// The SDK's renderer for a module endpoint: the module and shop are the request's, so a module names only its own
/// templates (its id is prefixed here, whatever the name says) and renders only for the shop it serves.
/// </summary>
internal sealed class ModuleTemplateRenderer(RequestShop current, TemplateCatalog catalog, ShopTemplates templates) : ITemplateRenderer
{
    public Task<string> RenderAsync(string name, object model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var moduleId = current.ModuleId;
        var template = catalog.Find($"{moduleId}/{name}") ?? throw new TemplateNotFoundException(moduleId, name);
        return templates.RenderAsync(current.Shop, template, model, cancellationToken);
    }
}
