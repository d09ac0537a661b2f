using System.Text;
using ModularCrm.Host.Core;
using ModularCrm.Host.Pages.Layout;
using static ModularCrm.Host.Pages.Layout.Html;

namespace ModularCrm.Host.Pages.Platform;

/// <summary>Every module found in the plugins folder: version, SDK range, dependencies, state and why it does not run.</summary>
internal static class PlatformModulesPage
{
    public static void Map(IEndpointRouteBuilder platform) => platform.MapGet("/modules", (HttpContext http, ModuleRuntime modules) =>
    {
        var t = PageSession.For(http).Text;
        var rows = new StringBuilder();
        foreach (var m in modules.Infos())
        {
            rows.Append($"""
                <tr><th scope="row">{E(m.DisplayName)} <span class="muted">({E(m.Id)})</span></th><td>{E(m.Version)}</td><td>{E(m.SdkRange)}</td>
                <td>{E(m.DependsOn.Count == 0 ? "—" : string.Join(", ", m.DependsOn))}</td><td class="state-{E(m.State.ToLowerInvariant())}">{E(m.State)}</td><td>{E(m.Reason)}</td></tr>
                """);
        }

        var body = $"""
            <div class="table-wrap"><table><thead><tr><th scope="col">{E(t.Module)}</th><th scope="col">{E(t.Version)}</th><th scope="col">{E(t.SdkRange)}</th>
            <th scope="col">{E(t.DependsOn)}</th><th scope="col">{E(t.State)}</th><th scope="col">{E(t.Reason)}</th></tr></thead><tbody>{rows}</tbody></table></div>
            """;
        return new LayoutResult(t.PlatformModules, body);
    });
}
