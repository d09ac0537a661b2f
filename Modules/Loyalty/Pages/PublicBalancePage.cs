using Microsoft.AspNetCore.Http;
using ModularCrm.Modules.Loyalty.Api;
using ModularCrm.Sdk.Templates;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Loyalty.Pages;

/// <summary>
/// The HTML face of <c>/p/{shop}/loyalty/balance</c> for a browser: a form (card number and e-mail, a GET so it works
/// without JavaScript) and the result of the same <see cref="CardEndpoints.LookupAsync"/> the JSON answer uses.
/// </summary>
internal static class PublicBalancePage
{
    /// <summary>A browser navigating asks for HTML first; API clients ask for JSON or nothing in particular.</summary>
    public static bool Wanted(HttpRequest request) =>
        request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    public static async Task<IResult> RenderAsync(
        HttpRequest request, ITemplateRenderer templates, ShopContext shop, string? card, string? email, Outcome<PublicBalanceView>? outcome, CancellationToken ct)
    {
        var english = request.Headers.AcceptLanguage.ToString().StartsWith("en", StringComparison.OrdinalIgnoreCase);
        var errors = outcome?.FormErrors() ?? [];
        var view = outcome?.Value;
        var kit = new PageKit(english);
        var model = new
        {
            English = english,
            ShopName = shop.Name,
            Card = card,
            Email = email,
            CardError = PageKit.Error(errors, "card"),
            EmailError = PageKit.Error(errors, "email"),
            NotFound = outcome?.Refusal?.Detail,
            Result = view is null ? null : new
            {
                view.Number,
                view.HolderName,
                Programs = view.Programs.Select(p => new
                {
                    p.Name,
                    Balance = kit.Number(p.Balance),
                    ToNext = kit.Number(p.ToNextReward),
                    Unit = Unit(kit, p.Kind),
                }).ToList(),
                Rewards = view.AvailableRewards.Select(r => RewardRow.Of(kit, r)).ToList(),
            },
        };
        var status = outcome is null || outcome.Succeeded ? StatusCodes.Status200OK : outcome.Refusal?.Status ?? StatusCodes.Status400BadRequest;
        return Results.Content(await templates.RenderAsync("public/balance.html", model, ct), "text/html; charset=utf-8", statusCode: status);
    }

    private static string Unit(PageKit kit, string kind) => kind switch
    {
        Rules.ProgramKinds.Points => kit.T("points", "points"),
        Rules.ProgramKinds.Amount => "€",
        _ => kit.T("achats", "purchases"),
    };
}
