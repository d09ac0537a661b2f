using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using ModularCrm.Modules.Sales.Data;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sales.Api;

/// <summary>The transaction shapes the document endpoints share: create with its audit row; load locked, change, save, audit.</summary>
internal static class DocumentWrites
{
    /// <summary>Inserts a new draft and its <c>created</c> audit row in one transaction; answers 201 with its view.</summary>
    public static async Task<IResult> CreateAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, string documentType, Guid id, Func<IShopTransaction, DateTimeOffset, Task> insert, object view, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await db.InTransactionAsync(
            async tx =>
            {
                await insert(tx, now);
                await AuditTrail.WriteAsync(tx, documentType, id, "created", user, null, now, ct);
                return true;
            },
            ct);
        return Results.Created($"{id}", view);
    }

    /// <summary>
    /// Loads the document locked, applies the domain change (a refusal throws and rolls everything back), saves it and
    /// its audit row in one transaction; answers 200 with its view.
    /// </summary>
    public static async Task<IResult> ChangeAsync<T>(IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, string action, DocumentAccess<T> access, Func<T, IShopTransaction, Task> change, CancellationToken ct)
        where T : class
    {
        var now = clock.GetUtcNow();
        return await db.InTransactionAsync(
            async tx =>
            {
                if (await access.LoadLocked(tx, id, ct) is not { } stored)
                {
                    return SalesProblems.NotFound(access.What, id);
                }

                await change(stored, tx);
                await access.Save(tx, stored, now);
                await AuditTrail.WriteAsync(tx, access.DocumentType, id, action, user, access.Number(stored), now, ct);
                return Results.Ok(access.View(stored));
            },
            ct);
    }
}
