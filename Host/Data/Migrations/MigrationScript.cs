using System.Security.Cryptography;
using System.Text;

namespace ModularCrm.Host.Data.Migrations;

/// <summary>
/// One forward-only script. <see cref="Name"/> orders it (ordinal) and is what the journal records;
/// a provider override (<c>0003_x.sqlserver.sql</c>) carries the name of the script it replaces.
/// </summary>
/// <param name="Name">The file name, for example <c>0001_core.sql</c>.</param>
/// <param name="Sql">The script text, placeholders unexpanded.</param>
public sealed record MigrationScript(string Name, string Sql)
{
    /// <summary>
    /// SHA-256 (lowercase hex) of the text as written, line endings normalised so that a Windows checkout
    /// does not look edited. Hashing the unexpanded text keeps journals valid if a type mapping ever changes.
    /// </summary>
    public string Checksum { get; } = Convert.ToHexStringLower(
        SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));
}
