using Microsoft.Playwright;

namespace ModularCrm.Web.Tests;

/// <summary>What the platform admin does through the pages to set a scenario up: shops and their people.</summary>
internal static class PlatformSteps
{
    public static string NewSlug() => "b" + Guid.NewGuid().ToString("N")[..8];

    public static async Task CreateShopAsync(BrowserUser admin, string slug)
    {
        await admin.OpenAsync("/admin/shops");
        await admin.Page.Locator("#slug").FillAsync(slug);
        await admin.Page.Locator("#name").FillAsync("Boutique " + slug);
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Créer" }).ClickAsync();
        await admin.Page.GetByRole(AriaRole.Link, new() { Name = "Boutique " + slug }).WaitForAsync();
        await admin.ShotAsync("shop-created");
    }

    public static async Task AddUserAsync(BrowserUser admin, string slug, string email, string role)
    {
        await admin.OpenAsync($"/shops/{slug}/_admin/users");
        await admin.Page.Locator("#email").FillAsync(email);
        await admin.Page.Locator("#displayName").FillAsync(email.Split('@')[0]);
        await admin.Page.Locator("#password").FillAsync(WebHost.Password);
        await admin.Page.Locator("#role").SelectOptionAsync(role);
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Ajouter", Exact = true }).ClickAsync();
        await admin.Page.Locator("td", new() { HasTextString = email }).WaitForAsync();
        await admin.ShotAsync($"user-{role}-added");
    }

    public static async Task SwitchModuleAsync(BrowserUser admin, string slug, string action, string moduleName)
    {
        await admin.OpenAsync($"/shops/{slug}/_admin/modules");
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = $"{action} {moduleName}" }).ClickAsync();
        await admin.Page.GetByRole(AriaRole.Status).WaitForAsync();
    }
}
