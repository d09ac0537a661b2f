using System.Security.Claims;
using System.Text;
using ModularCrm.Host.Auth;
using ModularCrm.Host.Pages.Layout;
using ModularCrm.Host.Shops;
using ModularCrm.Host.Web;
using static ModularCrm.Host.Pages.Layout.Html;

namespace ModularCrm.Host.Pages.ShopAdmin;

/// <summary>
/// Enables and disables the shop's modules. Refusals (a dependency not enabled, a dependent still enabled, a broken
/// module) come from <see cref="ShopModules"/> in plain words and are shown above the list.
/// </summary>
internal static class ModulesAdminPage
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        admin.MapGet("/modules", (HttpContext http, RequestShop current, ShopModules modules, CancellationToken ct) =>
            RenderAsync(http, current, modules, null, false, ct));
        admin.MapPost("/modules/{module}/enable", (HttpContext http, RequestShop current, ShopModules modules, ClaimsPrincipal user, string module, IFormCollection form, CancellationToken ct) =>
            SwitchAsync(http, current, modules, user, module, "enable", ct));
        admin.MapPost("/modules/{module}/disable", (HttpContext http, RequestShop current, ShopModules modules, ClaimsPrincipal user, string module, IFormCollection form, CancellationToken ct) =>
            SwitchAsync(http, current, modules, user, module, "disable", ct));
    }

    private static async Task<IResult> SwitchAsync(
        HttpContext http, RequestShop current, ShopModules modules, ClaimsPrincipal user, string module, string action, CancellationToken ct)
    {
        var t = PageSession.For(http).Text;
        try
        {
            var status = action == "enable"
                ? await modules.EnableAsync(current.Shop.ShopId, module, ShopAccess.UserId(user), ct)
                : await modules.DisableAsync(current.Shop.ShopId, module, ShopAccess.UserId(user), ct);
            var message = string.Format(t.Culture, action == "enable" ? t.ModuleEnabled : t.ModuleDisabled, status.DisplayName);
            return await RenderAsync(http, current, modules, message, false, ct);
        }
        catch (UserInputException ex)
        {
            return await RenderAsync(http, current, modules, ex.Reason, true, ct, ex.StatusCode);
        }
    }

    private static async Task<IResult> RenderAsync(
        HttpContext http, RequestShop current, ShopModules modules, string? message, bool error, CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        var session = PageSession.For(http);
        var t = session.Text;
        var root = $"/shops/{Uri.EscapeDataString(current.Shop.Slug)}/{PageLayout.AdminSegment}/modules";
        var rows = new StringBuilder();
        foreach (var m in await modules.ListAsync(current.Shop.ShopId, ct))
        {
            var action = m.State switch
            {
                ShopModuleState.Enabled => ("disable", t.Disable),
                ShopModuleState.Available or ShopModuleState.Disabled => ("enable", t.Enable),
                _ => default,
            };
            var button = action == default
                ? string.Empty
                : $"""<form class="inline" method="post" action="{root}/{E(m.Id)}/{action.Item1}">{Antiforgery(session.Antiforgery)}<button type="submit" aria-label="{E(action.Item2)} {E(m.DisplayName)}">{E(action.Item2)}</button></form>""";
            rows.Append($"""
                <tr><th scope="row">{E(m.DisplayName)} <span class="muted">({E(m.Id)})</span></th><td>{E(m.Version)}</td>
                <td class="state-{m.State.ToString().ToLowerInvariant()}">{E(t.ModuleState(m.State))}</td>
                <td>{E(m.DependsOn.Count == 0 ? "—" : string.Join(", ", m.DependsOn))}</td><td>{E(m.Reason)}</td><td>{button}</td></tr>
                """);
        }

        var body = $"""
            {Notice(message, error)}
            <div class="table-wrap"><table>
            <thead><tr><th scope="col">{E(t.Module)}</th><th scope="col">{E(t.Version)}</th><th scope="col">{E(t.State)}</th><th scope="col">{E(t.DependsOn)}</th><th scope="col">{E(t.Reason)}</th><th scope="col">{E(t.Action)}</th></tr></thead>
            <tbody>{rows}</tbody></table></div>
            """;
        return new LayoutResult(t.Modules, body, status);
    }
}
