using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ModularCrm.Testing.Mail;

/// <summary>
/// Postfix's smtp-sink on a free 127.0.0.1 port, dumping each message to a file; stopped by PID on dispose.
/// <paramref name="extraArguments"/>: for example <c>-f RCPT</c> to refuse recipients with a 5xx.
/// </summary>
public sealed class SmtpSink : IDisposable
{
    public const string Executable = "/usr/sbin/smtp-sink";

    private readonly Process process;

    public SmtpSink(params string[] extraArguments)
    {
        Folder = Directory.CreateTempSubdirectory("modularcrm-sink-").FullName;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Folder, (UnixFileMode)0b111_111_111); // smtp-sink writes as nobody
        }
        Port = FreePort();
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["-u", "nobody", "-d", Path.Combine(Folder, "%Y%m%d%H%M%S."), .. extraArguments, $"127.0.0.1:{Port}", "100"])
        {
            start.ArgumentList.Add(argument);
        }

        process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        WaitUntilListening();
    }

    public string Folder { get; }

    public int Port { get; }

    /// <summary>The messages received so far, parsed.</summary>
    public IReadOnlyList<EmlMessage> Messages() =>
        Directory.GetFiles(Folder).Order().Select(f => EmlMessage.Parse(File.ReadAllText(f))).ToList();

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit(5000);
        }

        process.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    private void WaitUntilListening()
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        throw new InvalidOperationException($"smtp-sink did not listen on port {Port}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
