namespace ModularCrm.Sdk.Home;

/// <summary>How the host formats a <see cref="HomeFigure"/>.</summary>
public enum FigureKind
{
    /// <summary>A whole number: <c>1 234</c>.</summary>
    Count,

    /// <summary>An amount in euros: <c>1 234,50 €</c> in French.</summary>
    Money,
}
