using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Loyalty.Api;
using ModularCrm.Modules.Loyalty.Data;
using ModularCrm.Modules.Loyalty.Rules;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Loyalty.Pages;

/// <summary>
/// <c>/shops/{shop}/loyalty</c>: the programs, and <c>/programs/new</c>, <c>/programs/{id}</c> to create and edit one.
/// Saving goes through the API's <see cref="ProgramEndpoints.SaveAsync"/>; the edit page always shows the sanity check.
/// </summary>
internal static class ProgramPages
{
    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/", ListAsync);
        pages.MapGet("/programs/new", (IShopPages shop, CancellationToken ct) =>
            RenderFormAsync(shop, null, new ProgramForm { Kind = ProgramKinds.Points, EarnOn = EarnTriggers.Validated, RewardKind = RewardKinds.Amount, Active = "on" }, PageKit.NoErrors, null, false, StatusCodes.Status200OK, ct));
        pages.MapPost("/programs/new", (IShopDb db, IShopPages shop, TimeProvider clock, [FromForm] ProgramForm form, CancellationToken ct) => SaveAsync(db, shop, clock, null, form, ct));
        pages.MapGet("/programs/{id:long}", EditAsync);
        pages.MapPost("/programs/{id:long}", (IShopDb db, IShopPages shop, TimeProvider clock, long id, [FromForm] ProgramForm form, CancellationToken ct) => SaveAsync(db, shop, clock, id, form, ct));
    }

    private static async Task<IResult> ListAsync(IShopDb db, IShopPages pages, CancellationToken ct)
    {
        var kit = new PageKit(pages);
        var programs = await ProgramStore.ListAsync(db, ct);
        var model = new
        {
            kit.English,
            Menu = kit.Menu(string.Empty),
            NewHref = $"{kit.Base}/programs/new",
            Programs = programs.Select(p => new
            {
                Href = $"{kit.Base}/programs/{p.Id}",
                p.Name,
                Kind = KindName(kit, p.Kind),
                Rule = Rule(kit, p),
                Reward = RewardName(kit, p),
                State = p.Active ? kit.T("actif", "active") : kit.T("inactif", "inactive"),
            }).ToList(),
        };
        return await pages.RenderAsync(kit.T("Fidélité", "Loyalty"), "pages/programs.html", model, cancellationToken: ct);
    }

    private static async Task<IResult> EditAsync(IShopDb db, IShopPages pages, TimeProvider clock, long id, string? saved, CancellationToken ct)
    {
        if (await ProgramStore.FindAsync(db, id, ct) is not { } program)
        {
            return pages.Page(new PageKit(pages).T("Programme introuvable", "Program not found"), string.Empty, StatusCodes.Status404NotFound);
        }

        var sanity = await ProgramEndpoints.SanityAsync(db, clock, program, ct);
        return await RenderFormAsync(pages, id, ProgramForm.From(program), PageKit.NoErrors, sanity, saved == "1", StatusCodes.Status200OK, ct);
    }

    private static async Task<IResult> SaveAsync(IShopDb db, IShopPages pages, TimeProvider clock, long? id, ProgramForm form, CancellationToken ct)
    {
        var unreadable = new InputErrors();
        var input = form.ToInput(unreadable);
        if (unreadable.Any)
        {
            // Report the other fields too, so that one post shows every mistake.
            ProgramValidator.Validate(input, id ?? 0, unreadable);
            return await RenderFormAsync(pages, id, form, unreadable.Errors, null, false, StatusCodes.Status400BadRequest, ct);
        }

        var outcome = await ProgramEndpoints.SaveAsync(db, clock, id, input, ct);
        if (!outcome.Succeeded)
        {
            var status = PageKit.StatusOf(outcome);
            return await RenderFormAsync(pages, id, form, outcome.FormErrors(), null, false, status, ct);
        }

        return Results.Redirect($"{pages.BasePath}/programs/{outcome.Value!.Program.Id}?saved=1");
    }

    private static Task<IResult> RenderFormAsync(
        IShopPages pages, long? id, ProgramForm form, IReadOnlyDictionary<string, string[]> errors, SanityReport? sanity, bool saved, int status, CancellationToken ct)
    {
        var kit = new PageKit(pages);
        var model = new
        {
            Form = kit.Form(string.Empty, id is { } existing ? $"/programs/{existing}" : "/programs/new", pages.Antiforgery, errors, ProgramFields.Of(kit, form, errors)),
            Saved = saved,
            GeneralError = PageKit.Error(errors, string.Empty),
            Sanity = sanity is null ? null : SanityModel.Of(kit, sanity),
        };
        var title = id is null ? kit.T("Nouveau programme", "New program") : form.Name ?? kit.T("Programme", "Program");
        return pages.RenderAsync(title, "pages/program.html", model, status, ct);
    }

    public static string KindName(PageKit kit, string kind) => kind switch
    {
        ProgramKinds.Points => kit.T("Points", "Points"),
        ProgramKinds.Amount => kit.T("Montant dépensé", "Amount spent"),
        _ => kit.T("Carte à tampons", "Stamp card"),
    };

    private static string Rule(PageKit kit, LoyaltyProgram p) => p.Kind switch
    {
        ProgramKinds.Points => kit.T($"{kit.Number(p.PointsPerEuro ?? 0)} point(s) par euro, récompense à {kit.Number(p.Threshold)} points", $"{kit.Number(p.PointsPerEuro ?? 0)} point(s) per euro, reward at {kit.Number(p.Threshold)} points"),
        ProgramKinds.Amount => kit.T($"récompense tous les {kit.Number(p.Threshold)} € dépensés", $"reward every {kit.Number(p.Threshold)} € spent"),
        _ => kit.T($"récompense tous les {kit.Number(p.Threshold)} achats", $"reward every {kit.Number(p.Threshold)} purchases"),
    };

    private static string RewardName(PageKit kit, LoyaltyProgram p) => p.RewardKind switch
    {
        RewardKinds.Amount => kit.T($"bon de {kit.Number(p.RewardValue)} €", $"{kit.Number(p.RewardValue)} € voucher"),
        RewardKinds.Percent => kit.T($"bon de {kit.Number(p.RewardValue)} %", $"{kit.Number(p.RewardValue)} % voucher"),
        _ => kit.T($"cadeau : {p.RewardLabel}", $"gift: {p.RewardLabel}"),
    };
}
