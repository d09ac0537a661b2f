namespace ModularCrm.Modules.Sales.Data;

/// <summary>The last issue date of a document type (an object: text on SQLite, DateTime where the engine has DATE).</summary>
internal sealed class LastDateRow
{
    public object? LastDate { get; set; }
}
