using ModularCrm.Modules.Sales.Domain.Common;
using ModularCrm.Modules.Sales.Domain.Deliveries;
using ModularCrm.Modules.Sales.Domain.Money;
using ModularCrm.Modules.Sales.Domain.Orders;
using ModularCrm.Modules.Sales.Domain.Payments;

namespace ModularCrm.Modules.Sales.Domain.Invoices;

/// <summary>
/// An invoice (facture) or deposit invoice (facture d'acompte). A draft is editable and deletable; validation
/// numbers it and freezes it for ever (French law: an issued invoice is never altered nor deleted, only credited):
/// every later edit or deletion is refused with <c>invoice.frozen</c>. Payments and credit notes then move it
/// Unpaid → PartiallyPaid → Paid. Refusals throw <see cref="SalesDomainException"/> and change nothing.
/// </summary>
public sealed class Invoice
{
    private readonly List<Payment> _payments;
    private readonly List<AppliedCreditNote> _creditNotes;

    private Invoice(InvoiceData data)
    {
        Id = data.Id;
        ShopId = data.ShopId;
        CustomerId = data.CustomerId;
        Kind = data.Kind;
        Status = data.Status;
        Number = data.Number;
        IssueDate = data.IssueDate;
        DueDate = data.DueDate;
        PaymentTerms = data.PaymentTerms;
        Lines = DraftLines.Copy(data.Lines);
        OrderId = data.OrderId;
        DeliveryNoteIds = data.DeliveryNoteIds.ToList().AsReadOnly();
        DepositSummary = data.DepositSummary.ToList().AsReadOnly();
        Deductions = data.Deductions.ToList().AsReadOnly();
        DeductedDepositInvoiceIds = data.DeductedDepositInvoiceIds.ToList().AsReadOnly();
        _payments = data.Payments.ToList();
        _creditNotes = data.CreditNotes.ToList();
        PreviousDepositInvoiceIds = data.PreviousDepositInvoiceIds.ToList().AsReadOnly();
    }

    /// <summary>The invoice's id.</summary>
    public Guid Id { get; }

    /// <summary>The shop.</summary>
    public long ShopId { get; }

    /// <summary>The customer.</summary>
    public long CustomerId { get; }

    /// <summary>Standard or deposit.</summary>
    public InvoiceKind Kind { get; }

    /// <summary>Current status.</summary>
    public InvoiceStatus Status { get; private set; }

    /// <summary>True once validated: nothing but payments and credit notes may change it.</summary>
    public bool IsFrozen => Status != InvoiceStatus.Draft;

    /// <summary>Number given at validation; null for a draft.</summary>
    public string? Number { get; private set; }

    /// <summary>Invoice date; null for a draft.</summary>
    public DateOnly? IssueDate { get; private set; }

    /// <summary>Due date from the payment terms; null for a draft.</summary>
    public DateOnly? DueDate { get; private set; }

    /// <summary>Payment terms applied at validation; null for a draft.</summary>
    public PaymentTerms? PaymentTerms { get; private set; }

    /// <summary>The lines.</summary>
    public IReadOnlyList<DocumentLine> Lines { get; private set; }

    /// <summary>The order invoiced, if any.</summary>
    public Guid? OrderId { get; }

    /// <summary>Delivery notes invoiced (invoices made from delivery notes).</summary>
    public IReadOnlyList<Guid> DeliveryNoteIds { get; }

    /// <summary>For a deposit invoice, its base and VAT per rate (see <see cref="DepositRequest.Allocate"/>); empty otherwise.</summary>
    public IReadOnlyList<VatBreakdownLine> DepositSummary { get; }

    /// <summary>Deposits deducted, per rate (final invoices).</summary>
    public IReadOnlyList<VatBreakdownLine> Deductions { get; private set; }

    /// <summary>The deposit invoices deducted.</summary>
    public IReadOnlyList<Guid> DeductedDepositInvoiceIds { get; private set; }

    /// <summary>For a deposit invoice, the deposits of the order already validated when it was drafted.</summary>
    public IReadOnlyList<Guid> PreviousDepositInvoiceIds { get; }

    /// <summary>Payments received.</summary>
    public IReadOnlyList<Payment> Payments => _payments.AsReadOnly();

    /// <summary>Validated credit notes on this invoice.</summary>
    public IReadOnlyList<AppliedCreditNote> CreditNotes => _creditNotes.AsReadOnly();

    /// <summary>Totals; for a final invoice, after deduction of deposits.</summary>
    public DocumentTotals Totals => Kind == InvoiceKind.Deposit
        ? TotalsCalculator.FromSummary(Lines, DepositSummary)
        : TotalsCalculator.Compute(Lines, Deductions);

    /// <summary>Sum of payments.</summary>
    public decimal AmountPaid => _payments.Sum(p => p.Amount);

    /// <summary>Sum of validated credit notes, VAT included.</summary>
    public decimal AmountCredited => _creditNotes.Sum(c => c.TotalInclVat);

    /// <summary>What the customer still owes: total − paid − credited, never below 0.</summary>
    public decimal AmountDue => Math.Max(0m, Totals.TotalInclVat - AmountPaid - AmountCredited);

    /// <summary>What the shop owes back when a credit note follows payment (paid + credited − total, never below 0).</summary>
    public decimal AmountToRefund => Math.Max(0m, AmountPaid + AmountCredited - Totals.TotalInclVat);

    /// <summary>Base and VAT per rate that credit notes may still credit.</summary>
    public IReadOnlyList<VatBreakdownLine> RemainingCreditable
    {
        get
        {
            var credited = TotalsCalculator.Group(_creditNotes.SelectMany(c => c.VatSummary));
            return Totals.VatSummary
                .Select(s => credited.TryGetValue(s.Rate, out var c) ? new VatBreakdownLine(s.Rate, s.BaseExclVat - c.BaseExclVat, s.Vat - c.Vat) : s)
                .ToList();
        }
    }

    /// <summary>A draft invoice typed directly, without order.</summary>
    public static Invoice CreateDirect(long shopId, long customerId, IEnumerable<DocumentLine> lines)
        => new(InvoiceData.NewDraft(shopId, customerId, InvoiceKind.Standard, DraftLines.Copy(lines), null));

    /// <summary>
    /// A draft invoice of an order: everything ordered and not yet invoiced, or only what was delivered and not
    /// yet invoiced. Lines keep their order line number (<see cref="DocumentLine.SourceLineNo"/>).
    /// </summary>
    public static Invoice FromOrder(SalesOrder order, OrderInvoicingScope scope)
    {
        ArgumentNullException.ThrowIfNull(order);
        order.EnsureInvoiceable();
        var lines = new List<DocumentLine>();
        for (var lineNo = 1; lineNo <= order.Lines.Count; lineNo++)
        {
            var quantity = order.Invoiceable(lineNo, scope);
            if (quantity > 0m)
            {
                lines.Add(order.Lines[lineNo - 1].WithQuantity(quantity, lineNo, lines.Count + 1));
            }
        }

        RequireSomethingToInvoice(lines, order, scope == OrderInvoicingScope.AllOrdered ? "tout a déjà été facturé" : "rien de livré n'est encore à facturer");
        return new(InvoiceData.NewDraft(order.ShopId, order.CustomerId, InvoiceKind.Standard, lines, order.Id));
    }

    /// <summary>
    /// A draft invoice of delivery notes of one order: their quantities added up per order line. Refused when a note
    /// belongs to another order or was already invoiced.
    /// </summary>
    public static Invoice FromDeliveryNotes(SalesOrder order, IEnumerable<DeliveryNote> notes)
    {
        ArgumentNullException.ThrowIfNull(order);
        var list = notes.ToList();
        order.EnsureInvoiceable();
        CheckNotes(order, list);
        var lines = list.SelectMany(n => n.Lines)
            .GroupBy(l => l.OrderLineNo)
            .OrderBy(g => g.Key)
            .Select((g, i) => order.Lines[g.Key - 1].WithQuantity(g.Sum(l => l.Quantity), g.Key, i + 1))
            .ToList();
        RequireSomethingToInvoice(lines, order, "aucun bon de livraison n'est donné");
        return new(InvoiceData.NewDraft(order.ShopId, order.CustomerId, InvoiceKind.Standard, lines, order.Id) with { DeliveryNoteIds = list.Select(n => n.Id).ToList() });
    }

    /// <summary>
    /// A draft deposit invoice on an order. <paramref name="previousDeposits"/> must hold every validated deposit
    /// invoice of the order (ids in <see cref="SalesOrder.DepositInvoiceIds"/>), so that the new deposit is split on
    /// what remains at each rate.
    /// </summary>
    public static Invoice CreateDeposit(SalesOrder order, DepositRequest request, IEnumerable<Invoice> previousDeposits)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(request);
        order.EnsureInvoiceable();
        var previous = previousDeposits.ToList();
        var missing = order.DepositInvoiceIds.Except(previous.Select(p => p.Id)).ToList();
        if (missing.Count > 0 || previous.Any(p => p.Kind != InvoiceKind.Deposit || p.OrderId != order.Id || !p.IsFrozen))
        {
            throw new ArgumentException("previousDeposits must be exactly the validated deposit invoices of the order.", nameof(previousDeposits));
        }

        var summary = request.Allocate(order.Totals, previous.SelectMany(p => p.DepositSummary));
        var what = request.Kind == DepositKind.Percentage ? $"Acompte de {Fr.Pct(request.Value)}" : "Acompte";
        var lines = summary.Select((s, i) => DocumentLine.FreeText($"{what} sur la commande {order.Number} (TVA {s.Rate})", 1m, s.BaseExclVat, s.Rate, lineNo: i + 1)).ToList();
        return new(InvoiceData.NewDraft(order.ShopId, order.CustomerId, InvoiceKind.Deposit, lines, order.Id) with { DepositSummary = summary, PreviousDepositInvoiceIds = previous.Select(p => p.Id).ToList() });
    }

    /// <summary>Rebuilds a stored invoice (persistence only: no transition is checked).</summary>
    public static Invoice Restore(InvoiceData data) => new(data);

    /// <summary>Everything needed to store this invoice and <see cref="Restore"/> it.</summary>
    public InvoiceData ToData() => new(Id, ShopId, CustomerId, Kind, Status, Number, IssueDate, DueDate, PaymentTerms, Lines, OrderId, DeliveryNoteIds, DepositSummary, Deductions, DeductedDepositInvoiceIds, _payments.ToList(), _creditNotes.ToList(), PreviousDepositInvoiceIds);

    /// <summary>Replaces the lines of a draft standard invoice (deposit lines follow from the deposit and cannot be typed).</summary>
    public void ReplaceLines(IEnumerable<DocumentLine> lines)
    {
        RequireDraft("modifier ses lignes");
        if (Kind == InvoiceKind.Deposit)
        {
            throw SalesDomainException.Of(SalesErrorCodes.InvoiceDepositLinesFixed, "lines", "Les lignes d'une facture d'acompte découlent de l'acompte demandé : supprimez le brouillon et créez un nouvel acompte.");
        }

        var copy = DraftLines.Copy(lines);
        TotalsCalculator.Compute(copy, Deductions);
        Lines = copy;
    }

    /// <summary>
    /// Deducts validated deposit invoices of the same order from this draft (a final invoice), per VAT rate as they
    /// were invoiced, so the VAT collected on deposits is given back exactly. Passing none removes deductions.
    /// Refused if a rate's deduction exceeds the invoice's lines at that rate (the total would become negative).
    /// </summary>
    public void DeductDeposits(IEnumerable<Invoice> deposits)
    {
        RequireDraft("modifier ses acomptes déduits");
        var list = deposits.ToList();
        foreach (var deposit in list)
        {
            if (Kind != InvoiceKind.Standard || deposit.Kind != InvoiceKind.Deposit || !deposit.IsFrozen || OrderId is null || deposit.OrderId != OrderId)
            {
                throw SalesDomainException.Of(SalesErrorCodes.DepositNotDeductible, "deductions", $"La facture {deposit.Number ?? "brouillon"} ne peut pas être déduite : seules les factures d'acompte validées de la même commande se déduisent d'une facture ordinaire de cette commande.");
            }
        }

        if (list.Select(d => d.Id).Distinct().Count() != list.Count)
        {
            throw SalesDomainException.Of(SalesErrorCodes.DepositAlreadyDeducted, "deductions", "Le même acompte est donné deux fois.");
        }

        var deductions = TotalsCalculator.Group(list.SelectMany(d => d.DepositSummary)).Values.ToList();
        TotalsCalculator.Compute(Lines, deductions);
        Deductions = deductions.AsReadOnly();
        DeductedDepositInvoiceIds = list.Select(d => d.Id).ToList().AsReadOnly();
    }

    /// <summary>Throws <c>invoice.frozen</c> unless the invoice is a draft (call before deleting it).</summary>
    public void EnsureCanDelete() => RequireDraft("la supprimer");

    /// <summary>
    /// Validates the draft: number, date, due date from <paramref name="terms"/>; freezes it. An invoice of an order
    /// needs that <paramref name="order"/> (its invoiced quantities and deducted deposits are updated, refusing to
    /// invoice more than ordered or to deduct a deposit twice); an invoice of delivery notes needs those notes
    /// (marked invoiced, refused if invoiced meanwhile).
    /// </summary>
    public void Validate(string number, DateOnly issueDate, PaymentTerms terms, SalesOrder? order = null, IReadOnlyCollection<DeliveryNote>? deliveryNotes = null)
    {
        ArgumentNullException.ThrowIfNull(terms);
        RequireDraft("la valider");
        DraftLines.RequireSome(Lines, SalesErrorCodes.InvoiceNoLines, "La facture");
        DraftLines.RequireNumber(number);
        var totals = Totals;
        var quantities = Lines.Where(l => l.SourceLineNo is not null).GroupBy(l => l.SourceLineNo!.Value).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        if (OrderId is not null)
        {
            if (order is null || order.Id != OrderId)
            {
                throw SalesDomainException.Of(SalesErrorCodes.InvoiceOrderMismatch, "orderId", "Cette facture porte sur une commande : la commande correspondante doit être fournie pour la valider.");
            }

            if (Kind == InvoiceKind.Deposit)
            {
                order.EnsureInvoiceable();
                if (!order.DepositInvoiceIds.Order().SequenceEqual(PreviousDepositInvoiceIds.Order()))
                {
                    // The split was computed against the deposits known at drafting; another one since could over-deposit a rate.
                    throw SalesDomainException.Of(SalesErrorCodes.DepositStale, "deposit", $"Un autre acompte de la commande {order.Number} a été validé depuis ce brouillon : supprimez-le et créez à nouveau l'acompte.");
                }
            }
            else
            {
                order.CheckInvoice(quantities, DeductedDepositInvoiceIds);
            }
        }

        var notes = deliveryNotes?.ToList() ?? [];
        if (DeliveryNoteIds.Count > 0)
        {
            if (order is null || notes.Count != DeliveryNoteIds.Count || notes.Any(n => !DeliveryNoteIds.Contains(n.Id)))
            {
                throw SalesDomainException.Of(SalesErrorCodes.InvoiceDeliveryNotesMismatch, "deliveryNoteIds", "Cette facture porte sur des bons de livraison : ces bons exactement doivent être fournis pour la valider.");
            }

            CheckNotes(order, notes);
        }

        if (Kind == InvoiceKind.Deposit)
        {
            order!.RegisterDeposit(Id);
        }
        else
        {
            order?.ApplyInvoice(quantities, DeductedDepositInvoiceIds);
        }

        foreach (var note in notes)
        {
            note.MarkInvoiced(Id);
        }

        Number = number.Trim();
        IssueDate = issueDate;
        PaymentTerms = terms;
        DueDate = terms.DueDate(issueDate);
        Status = totals.TotalInclVat == 0m ? InvoiceStatus.Paid : InvoiceStatus.Unpaid;
    }

    /// <summary>
    /// Records a payment. Refused on a draft, and when it exceeds what is due: overpayment is refused rather than
    /// kept as a customer credit, because a credit balance needs a refund or a credit note that the shop must decide.
    /// </summary>
    public void RegisterPayment(Payment payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        RequireValidated("enregistrer un paiement");
        if (_payments.Any(p => p.Id == payment.Id))
        {
            throw SalesDomainException.Of(SalesErrorCodes.PaymentDuplicate, "paymentId", $"Ce paiement est déjà enregistré sur la facture {Number}.");
        }

        if (payment.Date < IssueDate)
        {
            throw SalesDomainException.Of(SalesErrorCodes.PaymentBeforeInvoice, "date", $"Le paiement daté du {Fr.Date(payment.Date)} précède la facture {Number} du {Fr.Date(IssueDate!.Value)}.");
        }

        if (payment.Amount > AmountDue)
        {
            throw SalesDomainException.Of(SalesErrorCodes.PaymentExceedsDue, "amount", $"Le paiement de {Fr.Eur(payment.Amount)} dépasse le reste dû de {Fr.Eur(AmountDue)} sur la facture {Number} : enregistrez au plus le reste dû (un trop-perçu se rembourse à part).");
        }

        _payments.Add(payment);
        RefreshStatus();
    }

    /// <summary>True when validated, something is still due and <paramref name="today"/> is after the due date.</summary>
    public bool IsOverdue(DateOnly today) => IsFrozen && AmountDue > 0m && today > DueDate;

    /// <summary>Days past the due date (0 when not overdue).</summary>
    public int DaysOverdue(DateOnly today) => IsOverdue(today) ? today.DayNumber - DueDate!.Value.DayNumber : 0;

    /// <summary>Records a validated credit note (checked by the credit note against <see cref="RemainingCreditable"/>).</summary>
    internal void ApplyCredit(AppliedCreditNote credit)
    {
        _creditNotes.Add(credit);
        RefreshStatus();
    }

    internal void RequireValidated(string action)
    {
        if (!IsFrozen)
        {
            throw SalesDomainException.Of(SalesErrorCodes.InvoiceNotValidated, "status", $"La facture est un brouillon : impossible de {action} avant de la valider.");
        }
    }

    private static void RequireSomethingToInvoice(List<DocumentLine> lines, SalesOrder order, string reason)
    {
        if (lines.Count == 0)
        {
            throw SalesDomainException.Of(SalesErrorCodes.InvoiceNothingToInvoice, "lines", $"Rien à facturer sur la commande {order.Number} : {reason}.");
        }
    }

    private static void CheckNotes(SalesOrder order, List<DeliveryNote> notes)
    {
        foreach (var note in notes)
        {
            if (note.OrderId != order.Id)
            {
                throw SalesDomainException.Of(SalesErrorCodes.DeliveryWrongOrder, "deliveryNoteIds", $"Le bon de livraison {note.Number} appartient à une autre commande que {order.Number}.");
            }

            if (note.InvoiceId is not null)
            {
                throw SalesDomainException.Of(SalesErrorCodes.DeliveryAlreadyInvoiced, "deliveryNoteIds", $"Le bon de livraison {note.Number} est déjà facturé.");
            }
        }

        if (notes.Select(n => n.Id).Distinct().Count() != notes.Count)
        {
            throw SalesDomainException.Of(SalesErrorCodes.DeliveryAlreadyInvoiced, "deliveryNoteIds", "Le même bon de livraison est donné deux fois.");
        }
    }

    private void RefreshStatus()
        => Status = AmountDue == 0m ? InvoiceStatus.Paid : AmountPaid > 0m ? InvoiceStatus.PartiallyPaid : InvoiceStatus.Unpaid;

    private void RequireDraft(string action)
    {
        if (IsFrozen)
        {
            throw SalesDomainException.Of(SalesErrorCodes.InvoiceFrozen, "status", $"La facture {Number} est validée : impossible de {action}. Une facture émise ne se modifie ni ne se supprime (obligation légale) ; émettez un avoir.");
        }
    }
}
