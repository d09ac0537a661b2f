namespace ModularCrm.Modules.Sales.Domain.Numbering;

/// <summary>
/// Identifies one gapless counter: a shop, a document type and a period (the formatted date tokens of the
/// mask, e.g. "2026" or "2026-03"; empty when the mask has no date token and the counter never resets).
/// </summary>
/// <remarks>
/// Concurrency rule for the database counter (written later, table <c>sales_number_counters</c> keyed by these
/// three columns): take the next value in the <b>same transaction</b> that validates the document, with a single
/// <c>UPDATE ... SET next_value = next_value + 1 WHERE shop_id = @shopId AND document_type = @type AND period = @period</c>
/// (inserting the row with 1 when absent) and read the value back in that transaction. The update locks the row,
/// so two validations of the same shop/type/period serialise; if the validation fails afterwards (the domain refuses,
/// the insert fails) the transaction rolls back and the number is given again: no gap, no duplicate. Never take a
/// number outside that transaction, never cache counters in memory, never number drafts.
/// </remarks>
/// <param name="ShopId">The shop.</param>
/// <param name="DocumentType">The document type.</param>
/// <param name="Period">The formatted period (see <see cref="NumberingMask.Period"/>).</param>
public sealed record NumberingCounterKey(long ShopId, SalesDocumentType DocumentType, string Period);
