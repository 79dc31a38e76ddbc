using System.IO.Compression;
using System.Net;
using System.Text;
using CareerExplorer.Tests.Infrastructure;
using CareerExplorer.Web.Services.Importing;
using Microsoft.EntityFrameworkCore;

namespace CareerExplorer.Tests.Pages.Admin;

/// <summary>Uploads made to hurt: crafted archives, numbers past any bound, control characters; and what happens to uploads on disk.</summary>
public class ImportHardeningTests(CareerAppFactory app) : IClassFixture<CareerAppFactory>
{
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string name, byte[] content)
    {
        var form = (await client.GetDocumentAsync("/Admin/Import")).Form("main form[enctype='multipart/form-data']");
        return await client.UploadAsync(form, "file", name, content);
    }

    private static async Task<string> ProblemsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.Null(doc.QuerySelector("form[action*='handler=Commit']"));
        return doc.QuerySelector("table.import-problems")!.Text();
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        }
        return buffer.ToArray();
    }

    [Fact]
    public async Task Import_ZipDeclaringZip64SizesNearTheLimitOfALong_IsRefusedWithAMessage()
    {
        var client = await app.SignedInClientAsync();
        var crafted = CraftedZip.Stored(("roles.json", "[]"u8.ToArray(), 0x7FFF_FFFF_FFFF_FFF0), ("skills.json", "[]"u8.ToArray(), 0x7FFF_FFFF_FFFF_FFF0));

        var problems = await ProblemsAsync(await UploadAsync(client, "crafted.zip", crafted));

        Assert.Contains("unpacks to", problems);
    }

    [Fact]
    public async Task Import_ZipWhoseEntryUnpacksToMoreThanItDeclares_IsRefused()
    {
        var client = await app.SignedInClientAsync();
        var crafted = CraftedZip.Stored(("skills.json", Encoding.UTF8.GetBytes("[" + new string(' ', 5000) + "]"), 10));

        var problems = await ProblemsAsync(await UploadAsync(client, "crafted.zip", crafted));

        Assert.Contains("skills.json", problems);
    }

    [Fact]
    public async Task Import_ZipHoldingTheSameFileTwice_IsRefusedAndNothingIsTaken()
    {
        var client = await app.SignedInClientAsync();
        const string first = """[{"slug": "twice-one", "name": "Twice one", "kind": "technical"}]""";
        const string second = """[{"slug": "twice-two", "name": "Twice two", "kind": "technical"}]""";

        var problems = await ProblemsAsync(await UploadAsync(client, "twice.zip", Zip(("skills.json", first), ("copy/skills.json", second))));

        Assert.Contains("holds skills.json 2 times", problems);
        await using var db = app.CreateDbContext();
        Assert.False(await db.Skills.AnyAsync(s => s.Slug.StartsWith("twice-")));
    }

    [Fact]
    public async Task Import_ZipThatUnpacksToMoreThanTheLimit_IsRefused()
    {
        var client = await app.SignedInClientAsync();
        // 210 MB of one character deflates to about 200 KB: small to send, too big to unpack.
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("roles.json").Open();
            var chunk = new byte[1024 * 1024];
            Array.Fill(chunk, (byte)'[');
            for (var i = 0; i < 210; i++)
                entry.Write(chunk);
        }
        var problems = await ProblemsAsync(await UploadAsync(client, "bomb.zip", buffer.ToArray()));
        Assert.Contains($"at most {SafeZip.MaxUnzippedBytes / 1024 / 1024} MB", problems);
    }

    [Fact]
    public async Task Import_OewsFileWhoseEmploymentOverflows_IsRefusedWithLineAndColumn()
    {
        var client = await app.SignedInClientAsync();
        var (csv, line) = DamagedOews("79228162514264337593543950335");

        var response = await UploadAsync(client, "national_M2022_dl.csv", Encoding.UTF8.GetBytes(csv));

        var doc = await Html.ParseAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var row = doc.QuerySelectorAll("table.import-problems tbody tr").Single(r => r.Text().Contains("out of bounds"));
        Assert.Contains(line.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Text());
        Assert.Contains("TOT_EMP", row.Text());
    }

    [Fact]
    public async Task Import_OewsFileWithAControlCharacterInATitle_IsRefused()
    {
        var client = await app.SignedInClientAsync();
        var path = CareerExplorer.Tests.Services.Oews.OewsCsv.RealFile(2022);
        var csv = (await File.ReadAllTextAsync(path)).Replace("Computer and Information Research Scientists", "Computer and Information\u0007 Research Scientists");

        var problems = await ProblemsAsync(await UploadAsync(client, "national_M2022_dl.csv", Encoding.UTF8.GetBytes(csv)));

        Assert.Contains("control character (U+0007)", problems);
    }

    /// <summary>The real May 2022 file with one detailed occupation's employment replaced.</summary>
    private static (string Csv, int Line) DamagedOews(string employment)
    {
        var path = CareerExplorer.Tests.Services.Oews.OewsCsv.RealFile(2022);
        var lines = File.ReadAllLines(path);
        var index = Array.FindIndex(lines, l => l.Contains("15-1221"));
        var cells = lines[index].Split(',');
        var header = lines[0].Split(',').Select(h => h.Trim('"').ToLowerInvariant()).ToList();
        cells[header.IndexOf("tot_emp")] = employment;
        lines[index] = string.Join(',', cells);
        return (string.Join('\n', lines), index + 1);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Upload_IsPrivateWhileItWaitsAndRemovedOnceCommitted()
    {
        var client = await app.SignedInClientAsync();
        var csv = "role,statistic,basis,amount,currency,year,source,quote\nsoftware-engineer,median,annual,123456,USD,2024,glassdoor,Private upload test\n"u8.ToArray();

        var preview = await UploadAsync(client, "figures.csv", csv);
        var doc = await Html.ParseAsync(preview);
        var token = doc.QuerySelector("form[action*='handler=Commit'] input[name='token']")!.GetAttribute("value")!;
        var files = Directory.GetFiles(UploadImportService.UploadFolder, token + ".*");
        Assert.Equal(3, files.Length);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(UploadImportService.UploadFolder));
        Assert.All(files, f => Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(f)));

        var commit = await client.SubmitAsync(doc.Form("main form[action*='handler=Commit']"));
        Assert.Equal(HttpStatusCode.Redirect, commit.StatusCode);
        Assert.Empty(Directory.GetFiles(UploadImportService.UploadFolder, token + ".*"));
    }

    [Fact]
    public async Task Upload_RefusedAtCommit_IsRemoved()
    {
        var client = await app.SignedInClientAsync();
        const string json = """[{"slug": "refused-at-commit", "name": "Refused at commit", "kind": "technical"}]""";
        var preview = await UploadAsync(client, "skills.json", Encoding.UTF8.GetBytes(json));
        var doc = await Html.ParseAsync(preview);
        var token = doc.QuerySelector("form[action*='handler=Commit'] input[name='token']")!.GetAttribute("value")!;
        // Between preview and commit the upload is tampered with: the commit reads it again and refuses it.
        await File.WriteAllTextAsync(Path.Combine(UploadImportService.UploadFolder, token + ".upload"), """[{"slug": "Not A Slug", "name": "x", "kind": "technical"}]""");

        var commit = await client.SubmitAsync(doc.Form("main form[action*='handler=Commit']"));

        Assert.Equal(HttpStatusCode.Conflict, commit.StatusCode);
        Assert.Empty(Directory.GetFiles(UploadImportService.UploadFolder, token + ".*"));
    }
}

/// <summary>Zip archives written by hand, to declare sizes no honest zip tool would.</summary>
public static class CraftedZip
{
    /// <summary>Stored (uncompressed) entries whose zip64 fields declare <c>DeclaredSize</c> as their unpacked size.</summary>
    public static byte[] Stored(params (string Name, byte[] Content, long DeclaredSize)[] entries)
    {
        using var output = new MemoryStream();
        using var w = new BinaryWriter(output);
        var offsets = new List<long>();
        foreach (var (name, content, declared) in entries)
        {
            offsets.Add(output.Position);
            var nameBytes = Encoding.UTF8.GetBytes(name);
            w.Write(0x04034b50u); w.Write((ushort)45); w.Write((ushort)0); w.Write((ushort)0); w.Write((ushort)0); w.Write((ushort)0x21);
            w.Write(Crc32(content)); w.Write(0xFFFFFFFFu); w.Write(0xFFFFFFFFu);
            w.Write((ushort)nameBytes.Length); w.Write((ushort)20);
            w.Write(nameBytes);
            w.Write((ushort)1); w.Write((ushort)16); w.Write(declared); w.Write((long)content.Length);
            w.Write(content);
        }
        var directoryStart = output.Position;
        for (var i = 0; i < entries.Length; i++)
        {
            var (name, content, declared) = entries[i];
            var nameBytes = Encoding.UTF8.GetBytes(name);
            w.Write(0x02014b50u); w.Write((ushort)45); w.Write((ushort)45); w.Write((ushort)0); w.Write((ushort)0); w.Write((ushort)0); w.Write((ushort)0x21);
            w.Write(Crc32(content)); w.Write(0xFFFFFFFFu); w.Write(0xFFFFFFFFu);
            w.Write((ushort)nameBytes.Length); w.Write((ushort)28); w.Write((ushort)0); w.Write((ushort)0); w.Write((ushort)0); w.Write(0u);
            w.Write(0xFFFFFFFFu);
            w.Write(nameBytes);
            w.Write((ushort)1); w.Write((ushort)24); w.Write(declared); w.Write((long)content.Length); w.Write(offsets[i]);
        }
        var directorySize = output.Position - directoryStart;
        w.Write(0x06054b50u); w.Write((ushort)0); w.Write((ushort)0); w.Write((ushort)entries.Length); w.Write((ushort)entries.Length);
        w.Write((uint)directorySize); w.Write((uint)directoryStart); w.Write((ushort)0);
        w.Flush();
        return output.ToArray();
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
