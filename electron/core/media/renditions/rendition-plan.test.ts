import { describe, expect, it } from 'vitest'
import { leadCropsPossible } from '../../../../shared/article/lead-image-crop'
import { cropPlan, renditionSizes, workingSize } from './rendition-plan'

describe('rendition sizes', () => {
  it('offers every standard width for a large picture, heights keeping its shape', () => {
    expect(renditionSizes({ width: 6000, height: 4000 })).toEqual([
      { width: 480, height: 320 },
      { width: 800, height: 533 },
      { width: 1200, height: 800 },
      { width: 1600, height: 1067 }
    ])
  })

  it('never upscales: a picture between sizes gets the sizes below it and its own width', () => {
    expect(renditionSizes({ width: 1000, height: 500 }).map((s) => s.width)).toEqual([480, 800, 1000])
    expect(renditionSizes({ width: 800, height: 600 }).map((s) => s.width)).toEqual([480, 800])
    expect(renditionSizes({ width: 1600, height: 900 }).map((s) => s.width)).toEqual([480, 800, 1200, 1600])
  })

  it('gives a picture narrower than 480 one rendition at its own size', () => {
    expect(renditionSizes({ width: 300, height: 200 })).toEqual([{ width: 300, height: 200 }])
  })
})

describe('lead image crops', () => {
  const wide = { width: 2400, height: 1200 }

  it('cuts each ratio 1200 px wide from the largest region of that shape', () => {
    const sizes = (['16x9', '4x3', '1x1'] as const).map((ratio) => {
      const plan = cropPlan(wide, ratio, { x: 0.5, y: 0.5 })!
      return [plan.region.width, plan.region.height, plan.window.width, plan.window.height]
    })
    expect(sizes).toEqual([
      [2133, 1200, 1200, 675],
      [1600, 1200, 1200, 900],
      [1200, 1200, 1200, 1200]
    ])
  })

  it('centres the region on the focal point and keeps it inside the picture', () => {
    expect(cropPlan(wide, '1x1', { x: 0.5, y: 0.5 })!.region.left).toBe(600)
    expect(cropPlan(wide, '1x1', { x: 0.6, y: 0.5 })!.region.left).toBe(840)
    expect(cropPlan(wide, '1x1', { x: 0.95, y: 0.5 })!.region.left).toBe(1200) // against the right edge
    expect(cropPlan(wide, '1x1', { x: 0, y: 0 })!.region).toEqual({ left: 0, top: 0, width: 1200, height: 1200 })
    // A tall picture moves its crop up and down.
    expect(cropPlan({ width: 1000, height: 3000 }, '16x9', { x: 0.5, y: 0.1 })!.region).toEqual({ left: 0, top: 19, width: 1000, height: 562 })
  })

  it('treats an out-of-range or broken focal point as the edge or the centre', () => {
    expect(cropPlan(wide, '1x1', { x: 7, y: -3 })!.region.left).toBe(1200)
    expect(cropPlan(wide, '1x1', { x: Number.NaN, y: 0.5 })!.region.left).toBe(600)
  })

  it('scales the region down in proportion, the window staying inside the scaled picture', () => {
    const plan = cropPlan({ width: 6000, height: 4000 }, '16x9', { x: 1, y: 1 })!
    expect(plan.scaled).toEqual({ width: 1200, height: 800 })
    expect(plan.window).toEqual({ left: 0, top: 125, width: 1200, height: 675 })
  })

  it('keeps a small picture at its own size and refuses a crop under 50,000 pixels rather than upscale', () => {
    expect(cropPlan({ width: 400, height: 300 }, '4x3', { x: 0.5, y: 0.5 })!.window).toEqual({ left: 0, top: 0, width: 400, height: 300 })
    expect(cropPlan({ width: 250, height: 250 }, '1x1', { x: 0.5, y: 0.5 })!.window.width).toBe(250) // 62,500 pixels
    expect(cropPlan({ width: 250, height: 250 }, '16x9', { x: 0.5, y: 0.5 })).toBeNull() // 250×141
    expect(cropPlan({ width: 200, height: 200 }, '1x1', { x: 0.5, y: 0.5 })).toBeNull() // 40,000
  })
})

describe('the working copy every file is made from', () => {
  it('halves a camera photo as far as the largest rendition and crop allow, never below them', () => {
    expect(workingSize({ width: 6000, height: 4000 })).toEqual({ width: 3000, height: 2000 }) // a quarter would be 1500 wide, under 1600
    expect(workingSize({ width: 4000, height: 6000 })).toEqual({ width: 2000, height: 3000 })
    expect(workingSize({ width: 12000, height: 8000 })).toEqual({ width: 3000, height: 2000 })
    expect(workingSize({ width: 24000, height: 16000 })).toEqual({ width: 3000, height: 2000 }) // at most an eighth
    // A panorama keeps its short side long enough for a 1200-px square.
    expect(workingSize({ width: 8000, height: 2000 })).toEqual({ width: 8000, height: 2000 })
  })

  it('keeps a picture already near the output sizes whole', () => {
    expect(workingSize({ width: 2000, height: 1500 })).toEqual({ width: 2000, height: 1500 })
    expect(workingSize({ width: 300, height: 200 })).toEqual({ width: 300, height: 200 })
  })
})

describe('what the journalist is told about crops', () => {
  it('agrees with the export on which pictures are too small for them', () => {
    let tooSmall = 0
    for (let width = 100; width <= 700; width += 7) {
      for (let height = 100; height <= 700; height += 11) {
        const picture = { width, height }
        const exported = (['16x9', '4x3', '1x1'] as const).every((ratio) => cropPlan(picture, ratio, { x: 0.5, y: 0.5 }) !== null)
        expect(leadCropsPossible(picture), `${width}×${height}`).toBe(exported)
        if (!exported) tooSmall++
      }
    }
    expect(tooSmall).toBeGreaterThan(100) // the sweep really crosses the line
  })
})
