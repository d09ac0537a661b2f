namespace ModularCrm.Modules.Sales.Domain.CreditNotes;

/// <summary>Where a credit note is in its life.</summary>
public enum CreditNoteStatus
{
    /// <summary>Brouillon: editable, deletable, not numbered, credits nothing yet.</summary>
    Draft,

    /// <summary>Validé: numbered, frozen, deducted from the invoice's amount due.</summary>
    Validated,
}
