namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>Units of one program over a period: earned, taken back by credit notes, converted into rewards.</summary>
internal sealed record ProgramFigures(long ProgramId, string Name, string Kind, decimal UnitsIssued, decimal UnitsReversed, decimal UnitsConverted);
