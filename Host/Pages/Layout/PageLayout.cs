using System.Text;
using ModularCrm.Host.Core;
using ModularCrm.Host.Shops;
using ModularCrm.Host.Users;
using ModularCrm.Host.Web;
using ModularCrm.Sdk.Web;
using static ModularCrm.Host.Pages.Layout.Html;

namespace ModularCrm.Host.Pages.Layout;

/// <summary>
/// The HTML document around every page: skip link, header (shop switcher, user menu), the shop's menu (home, the
/// entries of the modules enabled for this shop, administration for its admins), main content, footer.
/// Works without JavaScript: the menus are <c>details</c> elements and plain forms.
/// </summary>
internal sealed class PageLayout(ShopStore shops, ShopModules shopModules, ModuleRuntime modules, ILogger<PageLayout> logger)
{
    public const string AdminSegment = "_admin";

    public async Task<string> RenderAsync(HttpContext http, string title, string body)
    {
        var session = PageSession.For(http);
        var t = session.Text;
        var current = http.RequestServices.GetRequiredService<RequestShop>();
        var shop = current.Current;
        var html = new StringBuilder(8192);
        html.Append($"""
            <!DOCTYPE html>
            <html lang="{session.Language}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(title)}{(shop is null ? string.Empty : " — " + E(shop.Name))} — ModularCrm</title>
            <link rel="stylesheet" href="{StaticEndpoints.StylesheetPath}">
            </head>
            <body>
            <a class="skip" href="#main">{E(t.SkipToContent)}</a>
            <header class="top">
            <a class="brand" href="/">ModularCrm</a>
            """);
        if (session.UserId is { } userId)
        {
            html.Append(await SwitcherAsync(userId, session.IsPlatformAdmin, shop, t, http.RequestAborted));
            html.Append(UserMenu(session, http));
        }

        html.Append("</header>\n");
        if (session.UserId is not null)
        {
            html.Append(await MenuAsync(http, shop, current.Role, session, http.RequestAborted));
        }

        html.Append($"""
            <main id="main" tabindex="-1">
            <h1>{E(title)}</h1>
            {body}
            </main>
            <footer class="bottom"><p>ModularCrm</p></footer>
            </body>
            </html>
            """);
        return html.ToString();
    }

    private async Task<string> SwitcherAsync(long userId, bool platformAdmin, ShopContext? shop, I18n.HostText t, CancellationToken ct)
    {
        var mine = platformAdmin ? await shops.ListAsync(ct) : await shops.ListForUserAsync(userId, ct);
        if (mine.Count <= 1)
        {
            return shop is null ? string.Empty : $"<p class=\"shop-name\">{E(shop.Name)}</p>";
        }

        var items = string.Concat(mine.Select(s =>
            $"<li><a href=\"/shops/{E(s.Slug)}\"{(s.Slug == shop?.Slug ? " aria-current=\"true\"" : string.Empty)}>{E(s.Name)}</a></li>"));
        return $"""
            <details class="menu switcher"><summary>{E(t.Shop)} : {E(shop?.Name ?? t.ChooseShop)}</summary>
            <ul aria-label="{E(t.SwitchShop)}">{items}</ul></details>
            """;
    }

    private static string UserMenu(PageSession session, HttpContext http)
    {
        var t = session.Text;
        var back = E(http.Request.Path + http.Request.QueryString);
        var languages = string.Concat(new[] { ("fr", "Français"), ("en", "English") }.Select(l =>
            $"<option value=\"{l.Item1}\"{(l.Item1 == session.Language ? " selected" : string.Empty)}>{l.Item2}</option>"));
        return $"""
            <details class="menu user-menu"><summary>{E(session.DisplayName)}</summary>
            <div class="menu-body">
            <form method="post" action="/account/language">{Antiforgery(session.Antiforgery)}<input type="hidden" name="returnUrl" value="{back}">
            <label for="language">{E(t.Language)}</label> <select id="language" name="language">{languages}</select> <button type="submit">{E(t.Change)}</button></form>
            <p><a href="/account/password">{E(t.ChangePassword)}</a></p>
            <form method="post" action="/account/sign-out">{Antiforgery(session.Antiforgery)}<button type="submit">{E(t.SignOut)}</button></form>
            </div></details>
            """;
    }

    private async Task<string> MenuAsync(HttpContext http, ShopContext? shop, ShopRole role, PageSession session, CancellationToken ct)
    {
        var t = session.Text;
        var links = new List<NavLink>();
        if (shop is not null)
        {
            var root = $"/shops/{Uri.EscapeDataString(shop.Slug)}";
            links.Add(new NavLink(root, t.Home, 0));
            links.AddRange(await ModuleLinksAsync(shop, root, session.Language, ct));
            if (role == ShopRole.Admin)
            {
                links.Add(new NavLink($"{root}/{AdminSegment}/modules", t.Modules, 1000));
                links.Add(new NavLink($"{root}/{AdminSegment}/users", t.Users, 1001));
                links.Add(new NavLink($"{root}/{AdminSegment}/settings", t.Settings, 1002));
                links.Add(new NavLink($"{root}/{AdminSegment}/templates", t.Templates, 1003));
                links.Add(new NavLink($"{root}/{AdminSegment}/register", ShopAdmin.RegisterText.For(session.Language).Title, 1004));
            }
        }

        if (session.IsPlatformAdmin)
        {
            links.Add(new NavLink("/admin/shops", t.PlatformShops, 2000));
            links.Add(new NavLink("/admin/modules", t.PlatformModules, 2001));
        }

        if (links.Count == 0)
        {
            return string.Empty;
        }

        var path = http.Request.Path.Value ?? "/";
        var currentHref = links.Select(l => l.Href).Where(h => path == h || path.StartsWith(h + "/", StringComparison.Ordinal)).MaxBy(h => h.Length);
        var items = string.Concat(links.OrderBy(l => l.Order).Select(l =>
            $"<li><a href=\"{E(l.Href)}\"{(l.Href == currentHref ? " aria-current=\"page\"" : string.Empty)}>{E(l.Title)}</a></li>"));
        return $"<nav class=\"main-menu\" aria-label=\"{E(t.MainMenu)}\"><ul>{items}</ul></nav>\n";
    }

    private async Task<IEnumerable<NavLink>> ModuleLinksAsync(ShopContext shop, string root, string language, CancellationToken ct)
    {
        var links = new List<NavLink>();
        foreach (var status in await shopModules.ListAsync(shop.ShopId, ct))
        {
            if (status.State != ShopModuleState.Enabled || modules.Catalog.Find(status.Id)?.Startup is not { } startup)
            {
                continue;
            }

            IReadOnlyList<Sdk.Modules.NavigationEntry> entries;
            try
            {
                entries = startup.Navigation;
            }
            catch (Exception ex)
            {
                // Module code: a throwing menu must not take every page of the shop down with it.
                logger.LogError(ex, "Navigation of module {Module} threw; its menu entries are left out", status.Id);
                continue;
            }

            foreach (var entry in entries)
            {
                var href = $"{root}/{status.Id}" + (string.IsNullOrEmpty(entry.Path) ? string.Empty : "/" + entry.Path.TrimStart('/'));
                links.Add(new NavLink(href, language == I18n.UiLanguage.English ? entry.TitleEn : entry.TitleFr, 10 + entry.Order));
            }
        }

        return links;
    }
}
