using System.Security.Claims;
using System.Text.Json;
using ModularCrm.Host.Auth;
using ModularCrm.Host.Shops;
using ModularCrm.Host.Users;
using ModularCrm.Host.Web;

namespace ModularCrm.Host.Templates;

/// <summary>
/// The shop's template editor API, under <c>/api/shops/{shop}/templates</c>: staff list, read and preview; only shop
/// admins save or delete an override. A template is addressed as <c>{module}/{path}</c>; only templates of modules
/// enabled for the shop exist here.
/// </summary>
internal static class TemplateEndpoints
{
    private const int MaxTextLength = 200_000;

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/shops/{shop}/templates").WithMetadata(new ShopScopedMetadata()).WithTags("Templates");
        group.MapGet("", ListAsync);
        group.MapGet("/{module}/{**path}", GetAsync);
        group.MapPost("/preview", PreviewAsync);
        group.MapPut("/{module}/{**path}", SaveAsync);
        group.MapDelete("/{module}/{**path}", DeleteAsync);
    }

    private static async Task<IResult> ListAsync(RequestShop current, ShopModules shopModules, TemplateCatalog catalog, TemplateOverrideStore store, CancellationToken ct)
    {
        var enabled = (await shopModules.ListAsync(current.Shop.ShopId, ct)).Where(m => m.State == ShopModuleState.Enabled).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var overridden = await store.NamesAsync(current.Shop.ShopId, ct);
        return Results.Ok(catalog.All.Where(t => enabled.Contains(t.ModuleId)).Select(t => new
        {
            module = t.ModuleId,
            name = t.FullName,
            path = t.Path,
            mode = t.Mode.ToString().ToLowerInvariant(),
            overridden = overridden.Contains(t.FullName),
            hasSample = t.SampleJson is not null,
        }));
    }

    private static async Task<IResult> GetAsync(RequestShop current, ShopModules shopModules, TemplateCatalog catalog, TemplateOverrideStore store, string module, string path, CancellationToken ct)
    {
        var template = await FindAsync(current, shopModules, catalog, module, path, ct);
        return Results.Ok(await DetailAsync(current, store, template, ct));
    }

    private static async Task<IResult> PreviewAsync(RequestShop current, ShopModules shopModules, TemplateCatalog catalog, PreviewRequest input, CancellationToken ct)
    {
        var (module, path) = SplitName(input.Name);
        var template = await FindAsync(current, shopModules, catalog, module, path, ct);
        var text = CheckText(input.Text);
        var model = input.Model is { ValueKind: not JsonValueKind.Undefined and not JsonValueKind.Null } given
            ? SampleModel.From(given)
            : SampleModel.Parse(template.SampleJson);
        var check = ShopTemplates.Check(current.Shop, template, text, model, ct);
        return check.Succeeded
            ? Results.Ok(new { name = template.FullName, mode = template.Mode.ToString().ToLowerInvariant(), output = check.Output })
            : Refused(template, check, "L'aperçu a échoué");
    }

    private static async Task<IResult> SaveAsync(
        RequestShop current, ShopModules shopModules, TemplateCatalog catalog, TemplateOverrideStore store, ShopTemplates templates, ClaimsPrincipal user,
        string module, string path, TemplateText input, CancellationToken ct)
    {
        if (current.Role != ShopRole.Admin)
        {
            return AdminOnly();
        }

        var template = await FindAsync(current, shopModules, catalog, module, path, ct);
        var check = await templates.SaveAsync(current.Shop, template, CheckText(input.Text), ShopAccess.UserId(user), ct);
        return check.Succeeded
            ? Results.Ok(await DetailAsync(current, store, template, ct))
            : Refused(template, check, "Modèle refusé, rien n'a été enregistré");
    }

    private static async Task<IResult> DeleteAsync(RequestShop current, ShopModules shopModules, TemplateCatalog catalog, ShopTemplates templates, string module, string path, CancellationToken ct)
    {
        if (current.Role != ShopRole.Admin)
        {
            return AdminOnly();
        }

        var template = await FindAsync(current, shopModules, catalog, module, path, ct);
        return await templates.DeleteAsync(current.Shop, template, ct)
            ? Results.NoContent()
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Introuvable", detail: $"La boutique n'a pas de version personnalisée de « {template.FullName} ».");
    }

    private static async Task<object> DetailAsync(RequestShop current, TemplateOverrideStore store, ModuleTemplate template, CancellationToken ct)
    {
        var custom = await store.FindAsync(current.Shop.ShopId, template.FullName, ct);
        return new
        {
            module = template.ModuleId,
            name = template.FullName,
            path = template.Path,
            mode = template.Mode.ToString().ToLowerInvariant(),
            defaultText = template.DefaultText,
            overridden = custom is not null,
            overrideText = custom?.Body,
            updatedAt = custom?.UpdatedAt,
            updatedBy = custom?.UpdatedBy,
            sampleJson = template.SampleJson,
        };
    }

    private static async Task<ModuleTemplate> FindAsync(RequestShop current, ShopModules shopModules, TemplateCatalog catalog, string module, string path, CancellationToken ct)
    {
        var template = catalog.Find($"{module}/{path}");
        if (template is null || !await shopModules.IsEnabledAsync(current.Shop.ShopId, module, ct))
        {
            throw new UserInputException("name", $"Aucun modèle « {module}/{path} » pour cette boutique.", StatusCodes.Status404NotFound);
        }

        return template;
    }

    private static (string Module, string Path) SplitName(string? name)
    {
        var slash = name?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (slash <= 0 || slash == name!.Length - 1)
        {
            throw new UserInputException("name", "Nom de modèle attendu sous la forme « module/chemin », par exemple « sales/invoice.html ».");
        }

        return (name[..slash], name[(slash + 1)..]);
    }

    private static string CheckText(string? text) => text switch
    {
        null => throw new UserInputException("text", "Le texte du modèle est obligatoire."),
        { Length: > MaxTextLength } => throw new UserInputException("text", $"Le modèle dépasse {MaxTextLength} caractères."),
        _ => text,
    };

    private static IResult Refused(ModuleTemplate template, TemplateCheck check, string title) =>
        Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: title,
            detail: $"{template.FullName} : " + string.Join(" ; ", check.Problems.Select(p => $"ligne {p.Line}, colonne {p.Column} : {p.Message}")),
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = new Dictionary<string, string[]> { ["text"] = check.Problems.Select(p => p.ToString()).ToArray() },
                ["templateErrors"] = check.Problems,
            });

    private static IResult AdminOnly() =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Accès refusé", detail: "Réservé aux administrateurs de la boutique.");

    private sealed record TemplateText(string? Text);

    private sealed record PreviewRequest(string? Name, string? Text, JsonElement? Model);
}
