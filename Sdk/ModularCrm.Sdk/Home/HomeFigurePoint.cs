namespace ModularCrm.Sdk.Home;

/// <summary>One bar of a <see cref="HomeFigure.Series"/>: the host labels it with the period's date in the user's locale.</summary>
/// <param name="Period">The first day of the period.</param>
/// <param name="Value">The value for that period.</param>
public sealed record HomeFigurePoint(DateOnly Period, decimal Value);
