using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Loyalty.Data;
using ModularCrm.Modules.Loyalty.Rules;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>Programs: <c>/api/shops/{shop}/loyalty/programs</c>, each with its sanity check against the shop's purchases.</summary>
internal static class ProgramEndpoints
{
    // Two years of purchases: enough to see the usual basket and how much a regular spends in a program's period.
    private const int SanityLookbackDays = 730;

    public static void Map(IEndpointRouteBuilder api)
    {
        var programs = api.MapGroup("/programs").WithTags("Loyalty");
        programs.MapGet("/", ListAsync).WithName("loyalty.programs.list");
        programs.MapGet("/{id:long}", GetAsync).WithName("loyalty.programs.get");
        programs.MapGet("/{id:long}/check", CheckAsync).WithName("loyalty.programs.check");
        programs.MapPost("/", CreateAsync).WithName("loyalty.programs.create");
        programs.MapPut("/{id:long}", UpdateAsync).WithName("loyalty.programs.update");
    }

    private static async Task<IResult> ListAsync(IShopDb db, CancellationToken ct) => Results.Ok(await ProgramStore.ListAsync(db, ct));

    private static async Task<IResult> GetAsync(IShopDb db, long id, CancellationToken ct) =>
        await ProgramStore.FindAsync(db, id, ct) is { } program ? Results.Ok(program) : NotFound(id);

    private static async Task<IResult> CheckAsync(IShopDb db, TimeProvider clock, long id, CancellationToken ct)
    {
        if (await ProgramStore.FindAsync(db, id, ct) is not { } program)
        {
            return NotFound(id);
        }

        return Results.Ok(await SanityAsync(db, clock, program, ct));
    }

    private static async Task<IResult> CreateAsync(IShopDb db, TimeProvider clock, ProgramInput input, CancellationToken ct) =>
        LoyaltyProblems.Answer(await SaveAsync(db, clock, null, input, ct), "Programme refusé", saved => Results.Created($"{saved.Program.Id}", new { program = saved.Program, sanity = saved.Sanity }));

    private static async Task<IResult> UpdateAsync(IShopDb db, TimeProvider clock, long id, ProgramInput input, CancellationToken ct) =>
        LoyaltyProblems.Answer(await SaveAsync(db, clock, id, input, ct), "Programme refusé", saved => Results.Ok(new { program = saved.Program, sanity = saved.Sanity }));

    /// <summary>Creates (<paramref name="id"/> null) or updates a program, then checks it; the API and the pages both save through here.</summary>
    public static async Task<Outcome<SavedProgram>> SaveAsync(IShopSql db, TimeProvider clock, long? id, ProgramInput input, CancellationToken ct)
    {
        var errors = new InputErrors();
        if (ProgramValidator.Validate(input, id ?? 0, errors) is not { } program)
        {
            return Outcome<SavedProgram>.Invalid(errors);
        }

        if (id is null)
        {
            program = program with { Id = await ProgramStore.InsertAsync(db, program, clock.GetUtcNow(), ct) };
        }
        else if (await ProgramStore.UpdateAsync(db, program, clock.GetUtcNow(), ct) == 0)
        {
            return Missing(id.Value);
        }

        return new SavedProgram(program, await SanityAsync(db, clock, program, ct));
    }

    public static async Task<SanityReport> SanityAsync(IShopSql db, TimeProvider clock, LoyaltyProgram program, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return SanityCheck.Check(program, await PurchaseStore.BetweenAsync(db, today.AddDays(-SanityLookbackDays), today, ct));
    }

    public static Refusal Missing(long id) => Refusal.NotFound("Programme introuvable", $"Aucun programme n° {id} dans cette boutique.");

    private static IResult NotFound(long id) => LoyaltyProblems.Of(Missing(id));
}
