namespace ModularCrm.Modules.Sales.Api;

/// <summary>A transition that happens on a day (today when absent).</summary>
internal sealed record DateInput(DateOnly? Date);
