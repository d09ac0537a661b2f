using System.Diagnostics;

namespace ModularCrm.Host.Tests.Infrastructure;

/// <summary>The text of a PDF as poppler's pdftotext reads it (layout kept), to check what a rendered document says.</summary>
internal static class PdfText
{
    public const string Executable = "/usr/bin/pdftotext";

    public static async Task<string> ReadAsync(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"modularcrm-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo(Executable, ["-layout", file, "-"]) { RedirectStandardOutput = true })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
