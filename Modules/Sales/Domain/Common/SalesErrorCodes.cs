namespace ModularCrm.Modules.Sales.Domain.Common;

/// <summary>
/// The stable codes of every refusal of the sales domain. Programs (API, UI) switch on these, never on messages;
/// a code is never renamed once released.
/// </summary>
public static class SalesErrorCodes
{
    /// <summary><c>credit_note.exceeds_creditable</c>.</summary>
    public const string CreditExceedsCreditable = "credit_note.exceeds_creditable";

    /// <summary><c>credit_note.invoice_mismatch</c>.</summary>
    public const string CreditInvoiceMismatch = "credit_note.invoice_mismatch";

    /// <summary><c>credit_note.no_lines</c>.</summary>
    public const string CreditNoLines = "credit_note.no_lines";

    /// <summary><c>credit_note.frozen</c>.</summary>
    public const string CreditNoteFrozen = "credit_note.frozen";

    /// <summary><c>delivery.already_invoiced</c>.</summary>
    public const string DeliveryAlreadyInvoiced = "delivery.already_invoiced";

    /// <summary><c>delivery.exceeds_remaining</c>.</summary>
    public const string DeliveryExceedsRemaining = "delivery.exceeds_remaining";

    /// <summary><c>delivery.no_lines</c>.</summary>
    public const string DeliveryNoLines = "delivery.no_lines";

    /// <summary><c>delivery.quantity_invalid</c>.</summary>
    public const string DeliveryQuantityInvalid = "delivery.quantity_invalid";

    /// <summary><c>delivery.wrong_order</c>.</summary>
    public const string DeliveryWrongOrder = "delivery.wrong_order";

    /// <summary><c>deposit.already_deducted</c>.</summary>
    public const string DepositAlreadyDeducted = "deposit.already_deducted";

    /// <summary><c>deposit.exceeds_invoice</c>.</summary>
    public const string DepositExceedsInvoice = "deposit.exceeds_invoice";

    /// <summary><c>deposit.exceeds_order</c>.</summary>
    public const string DepositExceedsOrder = "deposit.exceeds_order";

    /// <summary><c>deposit.stale</c>.</summary>
    public const string DepositStale = "deposit.stale";

    /// <summary><c>deposit.invalid</c>.</summary>
    public const string DepositInvalid = "deposit.invalid";

    /// <summary><c>deposit.not_deductible</c>.</summary>
    public const string DepositNotDeductible = "deposit.not_deductible";

    /// <summary><c>invoice.delivery_notes_mismatch</c>.</summary>
    public const string InvoiceDeliveryNotesMismatch = "invoice.delivery_notes_mismatch";

    /// <summary><c>invoice.deposit_lines_fixed</c>.</summary>
    public const string InvoiceDepositLinesFixed = "invoice.deposit_lines_fixed";

    /// <summary><c>invoice.exceeds_order</c>.</summary>
    public const string InvoiceExceedsOrder = "invoice.exceeds_order";

    /// <summary><c>invoice.frozen</c>.</summary>
    public const string InvoiceFrozen = "invoice.frozen";

    /// <summary><c>invoice.no_lines</c>.</summary>
    public const string InvoiceNoLines = "invoice.no_lines";

    /// <summary><c>invoice.not_validated</c>.</summary>
    public const string InvoiceNotValidated = "invoice.not_validated";

    /// <summary><c>invoice.nothing_to_invoice</c>.</summary>
    public const string InvoiceNothingToInvoice = "invoice.nothing_to_invoice";

    /// <summary><c>invoice.order_mismatch</c>.</summary>
    public const string InvoiceOrderMismatch = "invoice.order_mismatch";

    /// <summary><c>legal.address_required</c>.</summary>
    public const string LegalAddressRequired = "legal.address_required";

    /// <summary><c>legal.exemption_with_vat</c>.</summary>
    public const string LegalExemptionWithVat = "legal.exemption_with_vat";

    /// <summary><c>legal.name_required</c>.</summary>
    public const string LegalNameRequired = "legal.name_required";

    /// <summary><c>legal.penalty_rate_invalid</c>.</summary>
    public const string LegalPenaltyRateInvalid = "legal.penalty_rate_invalid";

    /// <summary><c>legal.siren_invalid</c>.</summary>
    public const string LegalSirenInvalid = "legal.siren_invalid";

    /// <summary><c>legal.siret_invalid</c>.</summary>
    public const string LegalSiretInvalid = "legal.siret_invalid";

    /// <summary><c>legal.vat_number_invalid</c>.</summary>
    public const string LegalVatNumberInvalid = "legal.vat_number_invalid";

    /// <summary><c>legal.vat_number_mismatch</c>.</summary>
    public const string LegalVatNumberMismatch = "legal.vat_number_mismatch";

    /// <summary><c>legal.vat_number_required</c>.</summary>
    public const string LegalVatNumberRequired = "legal.vat_number_required";

    /// <summary><c>line.description_required</c>.</summary>
    public const string LineDescriptionRequired = "line.description_required";

    /// <summary><c>line.discount_invalid</c>.</summary>
    public const string LineDiscountInvalid = "line.discount_invalid";

    /// <summary><c>line.product_invalid</c>.</summary>
    public const string LineProductInvalid = "line.product_invalid";

    /// <summary><c>line.quantity_invalid</c>.</summary>
    public const string LineQuantityInvalid = "line.quantity_invalid";

    /// <summary><c>line.unit_price_invalid</c>.</summary>
    public const string LineUnitPriceInvalid = "line.unit_price_invalid";

    /// <summary><c>document.number_required</c>.</summary>
    public const string NumberRequired = "document.number_required";

    /// <summary><c>numbering.counter_invalid</c>.</summary>
    public const string NumberingCounterInvalid = "numbering.counter_invalid";

    /// <summary><c>numbering.mask_empty</c>.</summary>
    public const string NumberingMaskEmpty = "numbering.mask_empty";

    /// <summary><c>numbering.mask_invalid</c>.</summary>
    public const string NumberingMaskInvalid = "numbering.mask_invalid";

    /// <summary><c>numbering.no_counter</c>.</summary>
    public const string NumberingNoCounter = "numbering.no_counter";

    /// <summary><c>numbering.two_counters</c>.</summary>
    public const string NumberingTwoCounters = "numbering.two_counters";

    /// <summary><c>numbering.unknown_token</c>.</summary>
    public const string NumberingUnknownToken = "numbering.unknown_token";

    /// <summary><c>order.cannot_cancel</c>.</summary>
    public const string OrderCannotCancel = "order.cannot_cancel";

    /// <summary><c>order.invalid_transition</c>.</summary>
    public const string OrderInvalidTransition = "order.invalid_transition";

    /// <summary><c>order.line_unknown</c>.</summary>
    public const string OrderLineUnknown = "order.line_unknown";

    /// <summary><c>order.no_lines</c>.</summary>
    public const string OrderNoLines = "order.no_lines";

    /// <summary><c>payment.amount_invalid</c>.</summary>
    public const string PaymentAmountInvalid = "payment.amount_invalid";

    /// <summary><c>payment.before_invoice</c>.</summary>
    public const string PaymentBeforeInvoice = "payment.before_invoice";

    /// <summary><c>payment.duplicate</c>.</summary>
    public const string PaymentDuplicate = "payment.duplicate";

    /// <summary><c>payment.exceeds_due</c>.</summary>
    public const string PaymentExceedsDue = "payment.exceeds_due";

    /// <summary><c>payment.method_invalid</c>.</summary>
    public const string PaymentMethodInvalid = "payment.method_invalid";

    /// <summary><c>payment_terms.invalid</c>.</summary>
    public const string PaymentTermsInvalid = "payment_terms.invalid";

    /// <summary><c>quote.already_converted</c>.</summary>
    public const string QuoteAlreadyConverted = "quote.already_converted";

    /// <summary><c>quote.expired</c>.</summary>
    public const string QuoteExpired = "quote.expired";

    /// <summary><c>quote.invalid_transition</c>.</summary>
    public const string QuoteInvalidTransition = "quote.invalid_transition";

    /// <summary><c>quote.no_lines</c>.</summary>
    public const string QuoteNoLines = "quote.no_lines";

    /// <summary><c>quote.not_expired</c>.</summary>
    public const string QuoteNotExpired = "quote.not_expired";

    /// <summary><c>quote.validity_invalid</c>.</summary>
    public const string QuoteValidityInvalid = "quote.validity_invalid";

    /// <summary><c>reminder.steps_invalid</c>.</summary>
    public const string ReminderStepsInvalid = "reminder.steps_invalid";

    /// <summary><c>vat.rate_invalid</c>.</summary>
    public const string VatRateInvalid = "vat.rate_invalid";
}
