using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Contacts.Api;
using ModularCrm.Modules.Contacts.Data;
using ModularCrm.Modules.Contacts.Quality;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Contacts.Duplicates;

/// <summary><c>GET /duplicates</c> (on demand, via <see cref="DuplicateDetector"/>) and <c>POST /contacts/{id}/merge</c>.</summary>
internal static class DuplicateEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/duplicates", FindAsync).WithTags("Contacts").WithName("contacts.duplicates");
        api.MapPost("/contacts/{id:long}/merge", MergeAsync).WithTags("Contacts").WithName("contacts.merge");
    }

    private static async Task<IResult> FindAsync(IShopDb db, CancellationToken ct) =>
        Results.Ok((await PairsAsync(db, ct)).Select(p => new { firstId = p.FirstId, secondId = p.SecondId, reasons = p.Reasons }));

    /// <summary>The likely duplicate pairs among the shop's people, with the reasons in words (API and the duplicates page).</summary>
    internal static async Task<IReadOnlyList<(long FirstId, long SecondId, string Reasons)>> PairsAsync(IShopSql db, CancellationToken ct)
    {
        var rows = await db.QueryAsync<ContactRecord>(
            $"SELECT {ContactStore.Columns} FROM contacts_contacts WHERE shop_id = @shop AND erased_at IS NULL AND kind = 'person' ORDER BY id", null, ct);
        var report = new DuplicateDetector().Find(rows.Select(r => new DuplicateCandidate(
            r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            r.FirstName,
            r.LastName,
            r.Email is { } e ? [e] : [],
            new[] { r.Phone, r.Mobile }.OfType<string>().ToList(),
            r.Postcode)));
        return report.Pairs.Select(p => (long.Parse(p.FirstId, System.Globalization.CultureInfo.InvariantCulture), long.Parse(p.SecondId, System.Globalization.CultureInfo.InvariantCulture), p.Description)).ToList();
    }

    internal static async Task<IResult> MergeAsync(IShopDb db, TimeProvider clock, long id, MergeInput input, CancellationToken ct)
    {
        if (input.MergedId == id)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["mergedId"] = ["Un contact ne peut pas être fusionné avec lui-même."] }, title: "Fusion refusée");
        }

        var survivor = await ContactStore.FindAsync(db, id, ct);
        var merged = await ContactStore.FindAsync(db, input.MergedId, ct);
        if (survivor is null || merged is null)
        {
            return ContactEndpoints.NotFound(survivor is null ? id : input.MergedId);
        }

        await db.InTransactionAsync(
            async tx =>
            {
                var args = new { survivorId = id, mergedId = input.MergedId };
                foreach (var table in ContactChildren.History)
                {
                    await tx.ExecuteAsync($"UPDATE {table} SET contact_id = @survivorId WHERE shop_id = @shop AND contact_id = @mergedId", args, ct);
                }

                await tx.ExecuteAsync("UPDATE contacts_contacts SET company_id = @survivorId WHERE shop_id = @shop AND company_id = @mergedId", args, ct);
                await tx.ExecuteAsync(
                    """
                    UPDATE contacts_consents SET contact_id = @survivorId
                    WHERE shop_id = @shop AND contact_id = @mergedId
                      AND channel NOT IN (SELECT s.channel FROM contacts_consents s WHERE s.shop_id = @shop AND s.contact_id = @survivorId)
                    """,
                    args,
                    ct);
                var tags = (await ContactStore.TagsAsync(tx, id, ct)).Concat(await ContactStore.TagsAsync(tx, input.MergedId, ct)).ToList();
                await ContactStore.SetTagsAsync(tx, id, tags, ct);
                foreach (var table in ContactChildren.Tables)
                {
                    await tx.ExecuteAsync($"DELETE FROM {table} WHERE shop_id = @shop AND contact_id = @mergedId", args, ct);
                }

                await tx.ExecuteAsync("DELETE FROM contacts_contacts WHERE shop_id = @shop AND id = @mergedId", args, ct);
                await ContactStore.UpdateAsync(tx, id, Fill(survivor, merged), clock.GetUtcNow(), ct);
                await tx.PublishAsync(ContactMerged.Name, new ContactMerged(id, input.MergedId), ct);
                return 0;
            },
            ct);
        return Results.Ok(await ContactStore.FindAsync(db, id, ct));
    }

    // The survivor keeps its values; blanks are filled from the merged contact.
    private static ContactValues Fill(ContactRecord s, ContactRecord m) => new()
    {
        Kind = s.Kind,
        CompanyId = s.CompanyId ?? (m.CompanyId == s.Id ? null : m.CompanyId),
        Civility = s.Civility ?? m.Civility,
        FirstName = s.FirstName ?? m.FirstName,
        LastName = s.LastName ?? m.LastName,
        CompanyName = s.CompanyName ?? m.CompanyName,
        Email = s.Email ?? m.Email,
        Phone = s.Phone ?? m.Phone,
        Mobile = s.Mobile ?? m.Mobile,
        Address = s.Address ?? m.Address,
        City = s.City ?? m.City,
        Postcode = s.Postcode ?? m.Postcode,
        Country = s.Country ?? m.Country,
        BirthDate = s.BirthDate ?? m.BirthDate,
        Siren = s.Siren ?? m.Siren,
        VatNumber = s.VatNumber ?? m.VatNumber,
        Lifecycle = s.Lifecycle == "customer" || m.Lifecycle == "customer" ? "customer" : s.Lifecycle,
        OwnerUserId = s.OwnerUserId ?? m.OwnerUserId,
        AmbassadorId = s.AmbassadorId ?? m.AmbassadorId,
        AmbassadorName = s.AmbassadorName ?? m.AmbassadorName,
        IsHost = s.IsHost ?? m.IsHost,
        Source = s.Source ?? m.Source,
        ExternalId = s.ExternalId ?? m.ExternalId,
        AnnualRevenue = s.AnnualRevenue ?? m.AnnualRevenue,
        Remarks = Join(s.Remarks, m.Remarks),
    };

    private static string? Join(string? kept, string? added)
    {
        var text = kept is null ? added : added is null ? kept : $"{kept}\n{added}";
        return text is { Length: > 2000 } ? text[..2000] : text;
    }
}
