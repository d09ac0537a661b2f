using System.Security.Cryptography;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sales.Data;

/// <summary>
/// The PDF of a numbered document, kept in <c>sales_document_pdfs</c> the first time it is produced and served as is
/// afterwards: a numbered document never changes, and what the customer received must stay byte for byte the same.
/// </summary>
internal static class PdfStore
{
    public static async Task<byte[]?> FindAsync(IShopSql db, string documentType, Guid id, CancellationToken ct)
    {
        var base64 = await db.QueryFirstOrDefaultAsync<string>(
            "SELECT content_base64 FROM sales_document_pdfs WHERE shop_id = @shop AND document_type = @documentType AND document_id = @id",
            new { documentType, id = id.ToString() },
            ct);
        return base64 is null ? null : Convert.FromBase64String(base64);
    }

    /// <summary>Keeps <paramref name="pdf"/> unless another request stored one first; returns the stored one either way.</summary>
    public static Task<byte[]> KeepFirstAsync(IShopDb db, string documentType, Guid id, byte[] pdf, DateTimeOffset now, CancellationToken ct) =>
        db.InTransactionAsync(
            async tx =>
            {
                if (await FindAsync(tx, documentType, id, ct) is { } stored)
                {
                    return stored;
                }

                await tx.ExecuteAsync(
                    """
                    INSERT INTO sales_document_pdfs (shop_id, document_type, document_id, content_base64, sha256, created_at)
                    VALUES (@shop, @documentType, @id, @content, @sha256, @now)
                    """,
                    new { documentType, id = id.ToString(), content = Convert.ToBase64String(pdf), sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf)), now },
                    ct);
                return pdf;
            },
            ct);
}
