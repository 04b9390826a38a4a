/** The fake itself must behave like Office.js where the host code relies on it. */
import { FakeExcel, FakeOfficeError } from '../fakes/excel';

describe('fake Excel', () => {
  let fx: FakeExcel;
  beforeEach(() => {
    fx = new FakeExcel();
    fx.model.addSheet('Việc làm').ensure(0, 0).value = 'Chỉ tiêu';
  });

  it('queues writes until sync and counts syncs', async () => {
    await fx.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Việc làm').getRange('B2').values = [[3932]];
      expect(fx.sheet('Việc làm').value('B2')).toBe('');
      await ctx.sync();
      expect(fx.sheet('Việc làm').value('B2')).toBe(3932);
    });
    expect(fx.syncCount).toBe(1);
  });

  it('throws PropertyNotLoaded when a property is read before load + sync', async () => {
    await fx.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Việc làm').getRange('A1');
      expect(() => r.values).toThrow(/not available/);
      r.load('values');
      expect(() => r.values).toThrow(FakeOfficeError);
      await ctx.sync();
      expect(r.values).toEqual([['Chỉ tiêu']]);
      expect(() => r.numberFormat).toThrow(/numberFormat/);
    });
  });

  it('turns "=1+1" into a formula unless the cell is formatted as text first', async () => {
    await fx.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Việc làm');
      ws.getRange('C1').values = [['=1+1']];
      ws.getRange('C2').values = [['-abc']];
      ws.getRange('C3').numberFormat = [['@']];
      ws.getRange('C3').values = [['=1+1']];
      ws.getRange('C4').values = [['=1+1']];
      ws.getRange('C4').numberFormat = [['@']]; // too late: the formula is already there
      await ctx.sync();
    });
    const s = fx.sheet('Việc làm');
    expect(s.value('C1')).toBe(2);
    expect(s.cell('C1')?.formula).toBe('=1+1');
    expect(s.cell('C2')?.error).toBe(true);
    expect(s.value('C3')).toBe('=1+1');
    expect(s.cell('C3')?.formula).toBeUndefined();
    expect(s.value('C4')).toBe(2);
  });

  it('rejects a sync on ItemNotFound, AccessDenied and cell edit mode', async () => {
    await expect(
      fx.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Không có').getRange('A1').values = [[1]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    fx.sheet('Việc làm').protected = true;
    await expect(
      fx.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Việc làm').getRange('A1').values = [[1]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(fx.sheet('Việc làm').value('A1')).toBe('Chỉ tiêu');
    fx.cellEditMode = true;
    await expect(fx.run(async (ctx) => ctx.sync())).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    await expect(fx.run({ delayForCellEdit: true }, async (ctx) => ctx.sync())).resolves.toBeUndefined();
  });

  it('null objects report isNullObject only after a sync', async () => {
    await fx.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('Thông tin');
      const present = ctx.workbook.worksheets.getItemOrNullObject('việc làm');
      expect(() => missing.isNullObject).toThrow();
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it('used range, value types and indent levels read back as written', async () => {
    const s = fx.sheet('Việc làm');
    s.ensure(3, 1).value = 16344;
    s.ensure(4, 1).value = 57.35;
    s.ensure(4, 0).value = 'Trong đó';
    s.ensure(4, 0).format.indent = 2;
    await fx.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem('Việc làm').getUsedRange(true);
      used.load('values,valueTypes,rowIndex,columnIndex');
      const props = used.getCellProperties({ format: { indentLevel: true } });
      await ctx.sync();
      expect(used.rowIndex).toBe(0);
      expect(used.values).toHaveLength(5);
      expect(used.valueTypes[3][1]).toBe('Integer');
      expect(used.valueTypes[4][1]).toBe('Double');
      expect(used.valueTypes[1][0]).toBe('Empty');
      expect(props.value[4][0].format?.indentLevel).toBe(2);
    });
  });

  it('fails a run that queued work after its last sync (nothing may be left unsent)', async () => {
    await expect(
      fx.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Việc làm').getRange('B2').values = [[1]];
      }),
    ).rejects.toThrow(/never synced/);
    expect(fx.sheet('Việc làm').value('B2')).toBe('');
    expect(fx.syncCount).toBe(0);
  });

  it('loaded named items expose only the properties that were loaded', async () => {
    fx.model.names.push({ name: 'BCN_GENERATED_X', formula: "='Việc làm'!$A$1", visible: true });
    await fx.run(async (ctx) => {
      const names = ctx.workbook.names;
      names.load('items/name');
      await ctx.sync();
      expect(names.items.map((n) => n.name)).toEqual(['BCN_GENERATED_X']);
      expect(() => names.items[0].formula).toThrow(/formula/);
    });
  });

  it('parses number-, percent- and date-looking text like typed input unless the cell is Text', async () => {
    await fx.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Việc làm');
      ws.getRange('D1:D3').values = [['2.1%'], ['15-Feb'], ['Quý 2']];
      ws.getRange('E1').numberFormat = [['@']];
      ws.getRange('E1').values = [['15-Feb']];
      ws.getRange('E2').values = [[null]];
      ws.getRange('E1:E2').numberFormat = [[null], ['']];
      await ctx.sync();
    });
    const s = fx.sheet('Việc làm');
    expect(s.value('D1')).toBeCloseTo(0.021);
    expect(typeof s.value('D2')).toBe('number');
    expect(s.value('D3')).toBe('Quý 2');
    expect(s.value('E1')).toBe('15-Feb');
    expect(s.cell('E1')?.numberFormat).toBe('@');
    expect(s.cell('E2')?.numberFormat).toBe('General');
    expect(s.value('E2')).toBe('');
  });

  it('refuses an API above the requirement sets the host claims (ApiNotFound at sync)', async () => {
    fx.sets = { ExcelApi: '1.12', SharedRuntime: '1.1' };
    await expect(
      fx.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Việc làm');
        ws.notes.add(ws.getRange('A1'), 'Ghi chú');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(fx.sheet('Việc làm').notes).toEqual([]);
    fx.sets = { ExcelApi: '1.8', SharedRuntime: '1.1' };
    await expect(
      fx.run(async (ctx) => {
        ctx.workbook.worksheets
          .getItem('Việc làm')
          .getRange('A1')
          .getCellProperties({ format: { indentLevel: true } });
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});
