using ModularCrm.Modules.Sales.Domain.Common;
using ModularCrm.Modules.Sales.Domain.Deliveries;
using ModularCrm.Modules.Sales.Domain.Money;
using ModularCrm.Modules.Sales.Domain.Quotes;

namespace ModularCrm.Modules.Sales.Domain.Orders;

/// <summary>
/// A customer order (commande). State machine: Draft → Validated (numbered) → PartiallyDelivered → Delivered →
/// Invoiced, the last three following the validated delivery notes and invoices; Cancelled from Draft or Validated
/// only, while nothing is delivered or invoiced. Lines are frozen once validated; they are numbered from 1.
/// Every refusal throws a <see cref="SalesDomainException"/> and changes nothing.
/// </summary>
public sealed class SalesOrder
{
    private decimal[] _delivered;
    private decimal[] _invoiced;
    private readonly List<Guid> _depositInvoiceIds;
    private readonly List<Guid> _deductedDepositInvoiceIds;

    private SalesOrder(Guid id, long shopId, long customerId, OrderStatus status, string? number, DateOnly? date, IReadOnlyList<DocumentLine> lines, Guid? quoteId, decimal[] delivered, decimal[] invoiced, IEnumerable<Guid> depositInvoiceIds, IEnumerable<Guid> deductedDepositInvoiceIds)
    {
        Id = id;
        ShopId = shopId;
        CustomerId = customerId;
        Status = status;
        Number = number;
        Date = date;
        Lines = lines;
        QuoteId = quoteId;
        _delivered = delivered;
        _invoiced = invoiced;
        _depositInvoiceIds = depositInvoiceIds.ToList();
        _deductedDepositInvoiceIds = deductedDepositInvoiceIds.ToList();
    }

    /// <summary>The order's id.</summary>
    public Guid Id { get; }

    /// <summary>The shop.</summary>
    public long ShopId { get; }

    /// <summary>The customer.</summary>
    public long CustomerId { get; }

    /// <summary>Current status.</summary>
    public OrderStatus Status { get; private set; }

    /// <summary>Number given at validation; null for a draft.</summary>
    public string? Number { get; private set; }

    /// <summary>Validation date; null for a draft.</summary>
    public DateOnly? Date { get; private set; }

    /// <summary>The lines (line number = index + 1).</summary>
    public IReadOnlyList<DocumentLine> Lines { get; private set; }

    /// <summary>The quote this order came from, if any.</summary>
    public Guid? QuoteId { get; }

    /// <summary>Validated deposit invoices issued on this order.</summary>
    public IReadOnlyList<Guid> DepositInvoiceIds => _depositInvoiceIds.AsReadOnly();

    /// <summary>Deposit invoices already deducted on a validated invoice.</summary>
    public IReadOnlyList<Guid> DeductedDepositInvoiceIds => _deductedDepositInvoiceIds.AsReadOnly();

    /// <summary>Totals of the lines.</summary>
    public DocumentTotals Totals => TotalsCalculator.Compute(Lines);

    /// <summary>Ordered, delivered and invoiced quantities per line.</summary>
    public IReadOnlyList<OrderLineProgress> Progress
        => Lines.Select((l, i) => new OrderLineProgress(i + 1, l.Quantity, _delivered[i], _invoiced[i])).ToList();

    /// <summary>A new draft order.</summary>
    public static SalesOrder Create(long shopId, long customerId, IEnumerable<DocumentLine> lines)
    {
        var copy = DraftLines.Copy(lines);
        return new(Guid.NewGuid(), shopId, customerId, OrderStatus.Draft, null, null, copy, null, new decimal[copy.Count], new decimal[copy.Count], [], []);
    }

    /// <summary>
    /// A draft order from an accepted quote: same customer and lines, linked both ways
    /// (<see cref="QuoteId"/> and <see cref="Quote.OrderId"/>). Refused unless the quote is accepted and not yet converted.
    /// </summary>
    public static SalesOrder FromQuote(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        quote.EnsureConvertible();
        var lines = quote.Lines;
        var order = new SalesOrder(Guid.NewGuid(), quote.ShopId, quote.CustomerId, OrderStatus.Draft, null, null, lines, quote.Id, new decimal[lines.Count], new decimal[lines.Count], [], []);
        quote.MarkConverted(order.Id);
        return order;
    }

    /// <summary>Rebuilds a stored order (persistence only). <paramref name="progress"/> gives delivered/invoiced quantities by line number.</summary>
    public static SalesOrder Restore(Guid id, long shopId, long customerId, OrderStatus status, string? number, DateOnly? date, IEnumerable<DocumentLine> lines, Guid? quoteId, IEnumerable<OrderLineProgress> progress, IEnumerable<Guid> depositInvoiceIds, IEnumerable<Guid> deductedDepositInvoiceIds)
    {
        var copy = DraftLines.Copy(lines);
        var delivered = new decimal[copy.Count];
        var invoiced = new decimal[copy.Count];
        foreach (var p in progress)
        {
            delivered[p.LineNo - 1] = p.Delivered;
            invoiced[p.LineNo - 1] = p.Invoiced;
        }

        return new(id, shopId, customerId, status, number, date, copy, quoteId, delivered, invoiced, depositInvoiceIds, deductedDepositInvoiceIds);
    }

    /// <summary>Replaces the lines of a draft.</summary>
    public void ReplaceLines(IEnumerable<DocumentLine> lines)
    {
        RequireStatus("modifier ses lignes", OrderStatus.Draft);
        var copy = DraftLines.Copy(lines);
        Lines = copy;
        _delivered = new decimal[copy.Count];
        _invoiced = new decimal[copy.Count];
    }

    /// <summary>Validates the draft and gives it its number.</summary>
    public void Validate(string number, DateOnly date)
    {
        RequireStatus("la valider", OrderStatus.Draft);
        DraftLines.RequireSome(Lines, SalesErrorCodes.OrderNoLines, "La commande");
        DraftLines.RequireNumber(number);
        Number = number.Trim();
        Date = date;
        Status = OrderStatus.Validated;
    }

    /// <summary>Cancels a draft or validated order on which nothing was delivered, invoiced or paid as deposit.</summary>
    public void Cancel()
    {
        RequireStatus("l'annuler", OrderStatus.Draft, OrderStatus.Validated);
        if (_delivered.Any(q => q > 0m) || _invoiced.Any(q => q > 0m) || _depositInvoiceIds.Count > 0)
        {
            throw SalesDomainException.Of(SalesErrorCodes.OrderCannotCancel, "status", $"La commande {Number} a déjà des livraisons, des factures ou des acomptes : elle ne peut plus être annulée. Émettez un avoir si nécessaire.");
        }

        Status = OrderStatus.Cancelled;
    }

    /// <summary>
    /// Delivers quantities of this order: checks every requested quantity against what remains to deliver
    /// (error naming the line and the quantities), then returns the numbered delivery note and updates the status.
    /// Several requests for the same line are added up.
    /// </summary>
    public DeliveryNote Deliver(string number, DateOnly date, IEnumerable<DeliveryRequestLine> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        RequireStatus("la livrer", OrderStatus.Validated, OrderStatus.PartiallyDelivered);
        DraftLines.RequireNumber(number);
        var byLine = new SortedDictionary<int, decimal>();
        foreach (var (request, index) in requests.Select((r, i) => (r, i)))
        {
            var field = $"lines[{index + 1}]";
            RequireLine(request.OrderLineNo, field);
            if (request.Quantity <= 0m || !MoneyRounding.HasAtMostDecimals(request.Quantity, 3))
            {
                throw SalesDomainException.Of(SalesErrorCodes.DeliveryQuantityInvalid, field + ".quantity", $"Ligne {request.OrderLineNo} de la commande : la quantité à livrer {Fr.Num(request.Quantity)} doit être supérieure à 0, avec au plus 3 décimales.");
            }

            byLine[request.OrderLineNo] = byLine.GetValueOrDefault(request.OrderLineNo) + request.Quantity;
        }

        if (byLine.Count == 0)
        {
            throw SalesDomainException.Of(SalesErrorCodes.DeliveryNoLines, "lines", "Le bon de livraison n'a aucune ligne.");
        }

        foreach (var (lineNo, quantity) in byLine)
        {
            var remaining = Lines[lineNo - 1].Quantity - _delivered[lineNo - 1];
            if (quantity > remaining)
            {
                throw SalesDomainException.Of(
                    SalesErrorCodes.DeliveryExceedsRemaining,
                    $"lines[{lineNo}].quantity",
                    $"Ligne {lineNo} (« {Lines[lineNo - 1].Description} ») : {Fr.Num(quantity)} à livrer, mais il ne reste que {Fr.Num(remaining)} à livrer ({Fr.Num(Lines[lineNo - 1].Quantity)} commandés, {Fr.Num(_delivered[lineNo - 1])} déjà livrés).");
            }
        }

        var noteLines = byLine.Select(kv => new DeliveryNoteLine(kv.Key, Lines[kv.Key - 1].ProductId, Lines[kv.Key - 1].Description, kv.Value)).ToList().AsReadOnly();
        foreach (var (lineNo, quantity) in byLine)
        {
            _delivered[lineNo - 1] += quantity;
        }

        RefreshStatus();
        return DeliveryNote.Create(Id, number.Trim(), date, noteLines);
    }

    /// <summary>Throws unless invoices may be made from this order (validated, not cancelled).</summary>
    internal void EnsureInvoiceable()
    {
        RequireStatus("la facturer", OrderStatus.Validated, OrderStatus.PartiallyDelivered, OrderStatus.Delivered, OrderStatus.Invoiced);
    }

    /// <summary>Quantity of line <paramref name="lineNo"/> still to invoice within <paramref name="scope"/>.</summary>
    internal decimal Invoiceable(int lineNo, OrderInvoicingScope scope)
        => scope == OrderInvoicingScope.AllOrdered
            ? Lines[lineNo - 1].Quantity - _invoiced[lineNo - 1]
            : Math.Max(0m, _delivered[lineNo - 1] - _invoiced[lineNo - 1]);

    /// <summary>Checks that invoicing these quantities and deducting these deposits is possible; changes nothing.</summary>
    internal void CheckInvoice(IReadOnlyDictionary<int, decimal> quantities, IReadOnlyCollection<Guid> deductedDeposits)
    {
        EnsureInvoiceable();
        foreach (var (lineNo, quantity) in quantities)
        {
            RequireLine(lineNo, $"lines[{lineNo}]");
            var remaining = Lines[lineNo - 1].Quantity - _invoiced[lineNo - 1];
            if (quantity > remaining)
            {
                throw SalesDomainException.Of(
                    SalesErrorCodes.InvoiceExceedsOrder,
                    $"lines[{lineNo}].quantity",
                    $"Ligne {lineNo} de la commande {Number} (« {Lines[lineNo - 1].Description} ») : {Fr.Num(quantity)} à facturer, mais il ne reste que {Fr.Num(remaining)} à facturer ({Fr.Num(Lines[lineNo - 1].Quantity)} commandés, {Fr.Num(_invoiced[lineNo - 1])} déjà facturés).");
            }
        }

        foreach (var deposit in deductedDeposits)
        {
            if (_deductedDepositInvoiceIds.Contains(deposit))
            {
                throw SalesDomainException.Of(SalesErrorCodes.DepositAlreadyDeducted, "deductions", $"Un acompte de la commande {Number} a déjà été déduit sur une autre facture.");
            }
        }
    }

    /// <summary>Records a validated invoice (call <see cref="CheckInvoice"/> first).</summary>
    internal void ApplyInvoice(IReadOnlyDictionary<int, decimal> quantities, IReadOnlyCollection<Guid> deductedDeposits)
    {
        foreach (var (lineNo, quantity) in quantities)
        {
            _invoiced[lineNo - 1] += quantity;
        }

        _deductedDepositInvoiceIds.AddRange(deductedDeposits);
        RefreshStatus();
    }

    internal void RegisterDeposit(Guid depositInvoiceId) => _depositInvoiceIds.Add(depositInvoiceId);

    private void RefreshStatus()
    {
        var allDelivered = Lines.Select((l, i) => _delivered[i] >= l.Quantity).All(x => x);
        var allInvoiced = Lines.Select((l, i) => _invoiced[i] >= l.Quantity).All(x => x);
        Status = allDelivered ? (allInvoiced ? OrderStatus.Invoiced : OrderStatus.Delivered)
            : _delivered.Any(q => q > 0m) ? OrderStatus.PartiallyDelivered
            : OrderStatus.Validated;
    }

    private void RequireLine(int lineNo, string field)
    {
        if (lineNo < 1 || lineNo > Lines.Count)
        {
            throw SalesDomainException.Of(SalesErrorCodes.OrderLineUnknown, field, $"La commande {Number} n'a pas de ligne {lineNo} (lignes 1 à {Lines.Count}).");
        }
    }

    private void RequireStatus(string action, params OrderStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw SalesDomainException.Of(
                SalesErrorCodes.OrderInvalidTransition,
                "status",
                $"La commande {Number ?? "brouillon"} est {FrenchLabels.Of(Status)} : impossible de {action} (statuts permis : {string.Join(", ", allowed.Select(FrenchLabels.Of))}).");
        }
    }
}
