using System.Text;

namespace ModularCrm.Modules.Contacts.Tests.Import;

/// <summary>A real file in the temp folder, deleted on dispose.</summary>
internal sealed class TempCsvFile : IDisposable
{
    private TempCsvFile(string path) => Path = path;

    public string Path { get; }

    public static TempCsvFile Write(string text, Encoding encoding) => WriteBytes(encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray());

    public static TempCsvFile WriteBytes(byte[] bytes)
    {
        var file = new TempCsvFile(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"modularcrm-{Guid.NewGuid():N}.csv"));
        File.WriteAllBytes(file.Path, bytes);
        return file;
    }

    public void Dispose() => File.Delete(Path);
}
