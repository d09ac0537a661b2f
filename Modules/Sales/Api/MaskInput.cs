namespace ModularCrm.Modules.Sales.Api;

/// <summary>A numbering mask, e.g. <c>FA{yyyy}-{00000}</c>.</summary>
internal sealed record MaskInput(string? Mask);
