namespace ModularCrm.Modules.Sales.Rendering;

/// <summary>The customer as printed (the snapshot kept on the document).</summary>
internal sealed record CustomerModel(string Name, string? Address);
