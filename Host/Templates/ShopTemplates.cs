using System.Collections.Concurrent;
using System.Globalization;
using ModularCrm.Sdk.Web;
using ModularCrm.Templating;

namespace ModularCrm.Host.Templates;

/// <summary>
/// Resolves a template for a shop (its override, else the module's default) and renders it in the shop's culture.
/// Parsed templates are cached per shop and name, including "no override", so a render reads the database once
/// per template and shop until an override of it is saved or deleted through <see cref="SaveAsync"/>/<see cref="DeleteAsync"/>.
/// </summary>
/// <remarks>
/// The cache is this process's: with several host instances, another instance sees a change when it restarts.
/// </remarks>
internal sealed class ShopTemplates(TemplateCatalog catalog, TemplateOverrideStore store, TimeProvider clock, ILogger<ShopTemplates> logger)
{
    private static readonly CultureInfo FallbackCulture = CultureInfo.GetCultureInfo("fr-FR");

    private readonly ConcurrentDictionary<(long Shop, string Name), Template?> overrides = new();
    private long generation;

    public async Task<string> RenderAsync(ShopContext shop, ModuleTemplate template, object? model, CancellationToken ct)
    {
        var options = OptionsFor(shop, ct);
        if (await OverrideAsync(shop.ShopId, template.FullName, ct) is { } custom)
        {
            try
            {
                return custom.Render(model, options);
            }
            catch (TemplateRuntimeException ex)
            {
                // The override rendered against the sample when saved, but not against this model (a field the sample
                // lacked, a module update): the document still goes out, with the module's layout.
                logger.LogWarning(ex, "Override of {Template} failed for shop {ShopId}; the default was used", template.FullName, shop.ShopId);
            }
        }

        return template.Default.Render(model, options);
    }

    /// <summary>Parses and renders <paramref name="text"/> as <paramref name="template"/> would be, saving nothing.</summary>
    public static TemplateCheck Check(ShopContext shop, ModuleTemplate template, string text, object? model, CancellationToken ct)
    {
        var parsed = Template.Parse(text, template.FullName, template.Mode);
        if (parsed.HasErrors)
        {
            return new TemplateCheck(null, parsed.Errors.Select(e => new TemplateProblem(e.Line, e.Column, e.Message, "parse")).ToList());
        }

        try
        {
            return new TemplateCheck(parsed.Render(model, OptionsFor(shop, ct)), []);
        }
        catch (TemplateRuntimeException ex)
        {
            return new TemplateCheck(null, [new TemplateProblem(ex.Line, ex.Column, ex.Reason, "render")]);
        }
    }

    /// <summary>Saves the override if it parses and renders against the template's sample; otherwise returns the problems.</summary>
    public async Task<TemplateCheck> SaveAsync(ShopContext shop, ModuleTemplate template, string text, long? userId, CancellationToken ct)
    {
        var check = Check(shop, template, text, SampleModel.Parse(template.SampleJson), ct);
        if (!check.Succeeded)
        {
            return check;
        }

        await store.SaveAsync(shop.ShopId, template.FullName, text, clock.GetUtcNow(), userId, ct);
        Invalidate(shop.ShopId, template.FullName);
        return check;
    }

    public async Task<bool> DeleteAsync(ShopContext shop, ModuleTemplate template, CancellationToken ct)
    {
        var deleted = await store.DeleteAsync(shop.ShopId, template.FullName, ct);
        Invalidate(shop.ShopId, template.FullName);
        return deleted;
    }

    private static TemplateOptions OptionsFor(ShopContext shop, CancellationToken ct) =>
        new() { Culture = CultureOf(shop), CancellationToken = ct };

    private static CultureInfo CultureOf(ShopContext shop)
    {
        try
        {
            return CultureInfo.GetCultureInfo(shop.Culture);
        }
        catch (CultureNotFoundException)
        {
            return FallbackCulture;
        }
    }

    private async Task<Template?> OverrideAsync(long shopId, string fullName, CancellationToken ct)
    {
        var key = (shopId, fullName);
        if (overrides.TryGetValue(key, out var cached))
        {
            return cached;
        }

        // A save between our read and our insert bumps the generation: then the value read may be stale, do not keep it.
        var seen = Interlocked.Read(ref generation);
        var row = await store.FindAsync(shopId, fullName, ct);
        var template = row is null ? null : Template.Parse(row.Body, fullName, catalog.Find(fullName)?.Mode ?? TemplateCatalog.ModeOf(fullName));
        if (template is { HasErrors: true })
        {
            // Only parsed texts are saved; this one was written around the API, or the engine changed since.
            logger.LogWarning("Stored override of {Template} for shop {ShopId} does not parse; the default is used", fullName, shopId);
            template = null;
        }

        if (Interlocked.Read(ref generation) == seen)
        {
            overrides.TryAdd(key, template);
            if (Interlocked.Read(ref generation) != seen)
            {
                // Invalidated while we were adding: drop what we added (at worst a fresh entry, i.e. one more read).
                overrides.TryRemove(key, out _);
            }
        }

        return template;
    }

    private void Invalidate(long shopId, string fullName)
    {
        Interlocked.Increment(ref generation);
        overrides.TryRemove((shopId, fullName), out _);
    }
}
