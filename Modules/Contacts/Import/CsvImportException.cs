namespace ModularCrm.Modules.Contacts.Import;

/// <summary>
/// A file that cannot be imported at all (empty, no header, a mapped column missing). The message is French
/// and meant for shop staff; an endpoint turns it into a 400, never a 500.
/// </summary>
public sealed class CsvImportException : Exception
{
    /// <summary>Creates the exception with a French message for shop staff.</summary>
    public CsvImportException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a French message and the underlying cause.</summary>
    public CsvImportException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
